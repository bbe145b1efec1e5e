import { z } from "zod";
import { decodeCursorPayload, encodeCursorPayload } from "@/lib/query/cursor";
import type { SortValue } from "./constants";

/**
 * Keyset cursors: the position after the last role of a page, for the sort in use, plus the number of the page
 * the cursor leads to (for display). Encoded as base64url JSON so it is opaque, URL-safe and short.
 *   title:     [sortTitle, slug], or on the Chinese pages (`zh: true`, payload `z: 1`) [sortKeyZh, slug]
 *   newest:    [listedAt (ISO 8601), slug]
 *   relevance: [rank (0 title, 1 summary, 2 description), sortTitle, slug]
 */
export type CursorKey =
  | { sort: "title"; key: [string, string]; zh?: true }
  | { sort: "newest"; key: [string, string] }
  | { sort: "relevance"; key: [number, string, string] };

export type Cursor = CursorKey & { page: number };

// Decoded keys are input like any other: no control characters (NUL cannot even be sent to Postgres).
const text = z.string().max(300).regex(/^[^\u0000-\u001F\u007F-\u009F]*$/);
const payload = z.discriminatedUnion("s", [
  z.strictObject({
    s: z.literal("title"),
    k: z.tuple([text, text]),
    p: z.number().int().min(2).max(100_000),
    z: z.literal(1).optional(),
  }),
  z.strictObject({ s: z.literal("newest"), k: z.tuple([z.iso.datetime({ offset: true }), text]), p: z.number().int().min(2).max(100_000) }),
  z.strictObject({
    s: z.literal("relevance"),
    k: z.tuple([z.number().int().min(0).max(2), text, text]),
    p: z.number().int().min(2).max(100_000),
  }),
]);

/** Encodes a cursor for URLs. */
export function encodeCursor(c: Cursor): string {
  return encodeCursorPayload(c.sort === "title" && c.zh ? { s: c.sort, k: c.key, p: c.page, z: 1 } : { s: c.sort, k: c.key, p: c.page });
}

/** Decodes a cursor; null when it is not a well-formed cursor of ours (any tampering). Never throws. */
export function decodeCursor(raw: string): Cursor | null {
  const data = decodeCursorPayload(raw, payload);
  if (!data) return null;
  return ("z" in data && data.z ? { sort: data.s, key: data.k, page: data.p, zh: true } : { sort: data.s, key: data.k, page: data.p }) as Cursor;
}

/** True when a cursor was made for the given sort. */
export const cursorFits = (c: Cursor, sort: SortValue) => c.sort === sort;
