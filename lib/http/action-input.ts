import "server-only";
import { notFound } from "next/navigation";

/**
 * The FormData a server action was called with, or a 404 (Next's notFound) for any other argument. Every action
 * here is called by a form (with or without JavaScript), so its argument is always FormData; anything else is a
 * hand-made request (e.g. a body of `[null,null]`), which used to reach the code and end in a 500. Call it first,
 * before the session check, so a malformed call never runs anything. Input: the action's FormData argument.
 */
export function formDataArg(value: unknown): FormData {
  if (value instanceof FormData) return value;
  notFound();
}
