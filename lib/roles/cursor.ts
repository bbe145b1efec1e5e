import { z } from "zod";
import type { SortValue } from "./constants";

/**
 * Keyset cursors: the position after the last role of a page, for the sort in use, plus the number of the page
 * the cursor leads to (for display). Encoded as base64url JSON so it is opaque, URL-safe and short.
 *   title:     [sortTitle, slug]
 *   newest:    [listedAt (ISO 8601), slug]
 *   relevance: [rank (0 title, 1 summary, 2 description), sortTitle, slug]
 */
export type CursorKey =
  | { sort: "title"; key: [string, string] }
  | { sort: "newest"; key: [string, string] }
  | { sort: "relevance"; key: [number, string, string] };

export type Cursor = CursorKey & { page: number };

// Decoded keys are input like any other: no control characters (NUL cannot even be sent to Postgres).
const text = z.string().max(300).regex(/^[^\u0000-\u001F\u007F-\u009F]*$/);
const payload = z.discriminatedUnion("s", [
  z.strictObject({ s: z.literal("title"), k: z.tuple([text, text]), p: z.number().int().min(2).max(100_000) }),
  z.strictObject({ s: z.literal("newest"), k: z.tuple([z.iso.datetime({ offset: true }), text]), p: z.number().int().min(2).max(100_000) }),
  z.strictObject({
    s: z.literal("relevance"),
    k: z.tuple([z.number().int().min(0).max(2), text, text]),
    p: z.number().int().min(2).max(100_000),
  }),
]);

/** Encodes a cursor for URLs. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ s: c.sort, k: c.key, p: c.page }), "utf8").toString("base64url");
}

/** Decodes a cursor; null when it is not a well-formed cursor of ours. Never throws. */
export function decodeCursor(raw: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(raw)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const r = payload.safeParse(json);
  if (!r.success) return null;
  return { sort: r.data.s, key: r.data.k, page: r.data.p } as Cursor;
}

/** True when a cursor was made for the given sort. */
export const cursorFits = (c: Cursor, sort: SortValue) => c.sort === sort;
