import { z } from "zod";
import { decodeCursorPayload, encodeCursorPayload } from "@/lib/query/cursor";
import type { OpeningSortValue } from "./constants";

/**
 * Keyset cursors of the jobs list: the position after the last opening of a page, for the sort in use, plus the
 * number of the page the cursor leads to (for display). base64url JSON, opaque and URL-safe.
 *   newest:    [datePosted (YYYY-MM-DD), slug]
 *   relevance: [rank (0 title, 1 employer or city, 2 description), datePosted, slug]
 *   salary:    [yearly maximum as a decimal string, or null for openings without a salary, slug]
 * Decoded cursors are validated as strictly as any parameter: no control characters, real dates, slugs only.
 */
export type OpeningCursor =
  | { sort: "newest"; key: [string, string]; page: number }
  | { sort: "relevance"; key: [number, string, string]; page: number }
  | { sort: "salary"; key: [string | null, string]; page: number };

const slug = z.string().max(200).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const day = z.iso.date();
const amount = z.string().max(24).regex(/^[0-9]{1,16}(\.[0-9]{1,2})?$/);
const page = z.number().int().min(2).max(100_000);
const payload = z.discriminatedUnion("s", [
  z.strictObject({ s: z.literal("newest"), k: z.tuple([day, slug]), p: page }),
  z.strictObject({ s: z.literal("relevance"), k: z.tuple([z.number().int().min(0).max(2), day, slug]), p: page }),
  z.strictObject({ s: z.literal("salary"), k: z.tuple([amount.nullable(), slug]), p: page }),
]);

/** Encodes a cursor for URLs. */
export function encodeOpeningCursor(c: OpeningCursor): string {
  return encodeCursorPayload({ s: c.sort, k: c.key, p: c.page });
}

/** Decodes a cursor; null when it is not a well-formed cursor of ours (any tampering). Never throws. */
export function decodeOpeningCursor(raw: string): OpeningCursor | null {
  const data = decodeCursorPayload(raw, payload);
  return data ? ({ sort: data.s, key: data.k, page: data.p } as OpeningCursor) : null;
}

/** True when a cursor was made for the given sort. */
export const openingCursorFits = (c: OpeningCursor, sort: OpeningSortValue) => c.sort === sort;
