import "server-only";
import { db } from "@/lib/db";
import { searchNormalize } from "./document";
import { searchTerms } from "./terms";

/*
 * Spelling suggestions for keywords that find nothing: each Latin word of 5+ letters that has a word of the
 * vocabulary of indexed words (table search_words, kept by triggers) one edit away (Levenshtein: one letter
 * inserted, removed or changed) is replaced by it. Used only when the exact search has no results, and
 * shown as such ("Showing results for …"); corrected results are never mixed into exact ones.
 */

/** A keyword replaced by its correction: results are for `q`, the visitor typed `original`. */
export interface SpellingCorrection {
  q: string;
  original: string;
}

const CORRECTABLE = /^[a-z]{5,40}$/;

/** Levenshtein distance of two strings, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The keyword with each Latin word (5–40 letters a–z after normalising) that has a vocabulary word one edit away
 * replaced by the vocabulary word one edit away that is most similar by trigrams (pg_trgm similarity, then
 * alphabetical). Null when no word changes. One indexed query: candidates share the word's first two or last two
 * letters (one edit in a word of 5+ letters leaves one of them intact) and differ in length by at most one.
 * Throws on database errors.
 */
export async function correctKeyword(keyword: string): Promise<string | null> {
  const words = searchTerms(keyword);
  const targets = [...new Set(words.map(searchNormalize).filter((w) => CORRECTABLE.test(w)))];
  if (targets.length === 0) return null;
  const rows = await db().$queryRaw<{ term: string; word: string }[]>`
    SELECT t.term, c.word
    FROM unnest(${targets}::text[]) AS t(term)
    CROSS JOIN LATERAL (
      SELECT word FROM search_words
        WHERE head = left(t.term, 2) AND length BETWEEN length(t.term) - 1 AND length(t.term) + 1
      UNION
      SELECT word FROM search_words
        WHERE tail = right(t.term, 2) AND length BETWEEN length(t.term) - 1 AND length(t.term) + 1
    ) c
    ORDER BY t.term, similarity(c.word, t.term) DESC, c.word`;
  // A word found in the vocabulary is not thereby spelt right: words are never removed from it (an edited or
  // deleted listing leaves its words behind), and this runs only when the keyword found nothing anyway.
  const fix = new Map<string, string>();
  for (const { term, word } of rows) {
    if (fix.has(term) || word === term) continue;
    if (editDistance(term, word) === 1) fix.set(term, word);
  }
  if (fix.size === 0) return null;
  return words.map((w) => fix.get(searchNormalize(w)) ?? w).join(" ");
}

/**
 * Runs a list query and, when it has a keyword, finds nothing and was not asked to be exact, runs it again with
 * the corrected keyword; the corrected answer is returned only when it finds something, with `correction` set.
 * `run` is the entity's list function (roles or openings); the same page, filters and sort apply.
 */
export async function withSpellingFallback<Q extends { q: string; exact: boolean }, R extends { total: number }>(
  query: Q,
  run: (query: Q) => Promise<R>,
): Promise<R & { correction: SpellingCorrection | null }> {
  const exact = await run(query);
  if (exact.total > 0 || !query.q || query.exact) return { ...exact, correction: null };
  const corrected = await correctKeyword(query.q);
  if (corrected === null) return { ...exact, correction: null };
  const result = await run({ ...query, q: corrected });
  if (result.total === 0) return { ...exact, correction: null };
  return { ...result, correction: { q: corrected, original: query.q } };
}
