import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_RUN, searchNormalize } from "./document";

/*
 * The keyword search shared by every searchable table (roles, openings). Each has a search index (migration
 * *_search_index): a narrow table, one row per listing, named like the listing's columns it copies (status,
 * deleted_at, sort keys, facet columns, search_title, search_summary, search_text), with a GIN index on its terms,
 * the expression atlas_search_terms(search_text):
 *   - every character and adjacent pair of every run of the normalised text (atlas_search_tokens),
 *   - every three consecutive characters of every non-Latin run (atlas_search_trigrams), and
 *   - every whole Latin run of 3–100 letters/digits (atlas_search_latin_runs).
 * A keyword piece matches exactly as "the listing's search_text contains it literally", as before:
 *   - a piece that is one run of 1–2 characters (数据, 侦, ai, a), or of 3 non-Latin ones (工程师): `terms @> {piece}`;
 *   - a Latin run of 3+ (engineer): `terms && {vocabulary words containing it}`: a Latin run of the text contains
 *     the piece exactly when the text does, and search_words holds every such run (trigram index);
 *   - anything else (人工智能平台, c++, node.js, 100%): the terms each of its runs needs (the three-character
 *     pieces of a longer non-Latin run), then a LIKE on the index row's search_text (stored out of line) for the
 *     rows those leave.
 * The GIN index answers @> and && exactly (no recheck, so the terms are never computed at query time), and the
 * rows it leads to are small, so counting 23k matches reads ~6k pages of 8 KB and never a description.
 */

/** A search index table (role_search, opening_search), one row per listing. */
export type SearchIndex = "role_search" | "opening_search";

export const OPENING_SEARCH: SearchIndex = "opening_search";

const LATIN_RUN = /^[a-z0-9]+$/;
/** The longest Latin run the vocabulary and the terms hold (migration *_search_index). */
const MAX_LATIN_RUN = 100;

/** The runs of a normalised text (code points), as atlas_search_runs cuts them. */
function runsOf(text: string): string[] {
  return Array.from(text.matchAll(SEARCH_RUN), (m) => m[0]);
}

/** `column` contains the (already normalised) text literally: LIKE with escaped wildcards. */
const containsTerm = (column: Prisma.Sql, normalized: string) =>
  Prisma.sql`${column} LIKE atlas_like_contains(${normalized}) ESCAPE '\\'`;

/** Whether `run` is itself one of the terms (or, for a Latin run, found exactly through the vocabulary). */
function isTermRun(run: string): boolean {
  if (LATIN_RUN.test(run)) return run.length <= MAX_LATIN_RUN;
  return Array.from(run).length <= 3;
}

/** The terms condition one run of a piece needs (necessary; exact when isTermRun and the piece is that run). */
function runCondition(run: string, terms: Prisma.Sql): Prisma.Sql {
  const chars = Array.from(run);
  const latin = LATIN_RUN.test(run);
  if (chars.length <= 2 || (!latin && chars.length === 3)) return Prisma.sql`${terms} @> ARRAY[${run}]::text[]`;
  if (latin && run.length <= MAX_LATIN_RUN) {
    // An uncorrelated sub-select: planned as an InitPlan, run once, its array handed to the GIN index scan.
    return Prisma.sql`${terms} && ARRAY(SELECT word FROM search_words WHERE ${containsTerm(Prisma.raw("word"), run)})`;
  }
  // A longer run: every three consecutive characters of it (a Latin run past the vocabulary's length: its pairs).
  const size = latin ? 2 : 3;
  const parts = new Set<string>();
  for (let i = 0; i + size <= chars.length; i++) parts.add(chars.slice(i, i + size).join(""));
  return Prisma.sql`${terms} @> ${[...parts]}::text[]`;
}

/**
 * Every piece of the keyword (lib/search/segment.ts searchPlan's `pieces`) occurs in the listing's text. `alias`
 * names a row of a search index table in the statement ("s", "o" …). TRUE for no pieces.
 */
export function keywordCondition(pieces: readonly string[], alias: string): Prisma.Sql {
  if (pieces.length === 0) return Prisma.sql`TRUE`;
  // Exactly the indexed expression, so the GIN index serves it.
  const terms = Prisma.raw(`atlas_search_terms(${alias}.search_text)`);
  const text = Prisma.raw(`${alias}.search_text`);
  return Prisma.join(
    pieces.map((raw) => {
      const piece = searchNormalize(raw);
      const runs = runsOf(piece);
      const parts = runs.map((run) => runCondition(run, terms));
      const exact = runs.length === 1 && runs[0] === piece && isTermRun(piece);
      if (!exact) parts.push(containsTerm(text, piece));
      return Prisma.sql`(${Prisma.join(parts, " AND ")})`;
    }),
    " AND ",
  );
}

/**
 * `idColumn` (a listing's id, e.g. "o.id") names a row of `index` matching every piece: the keyword condition for
 * lists read from the listing table itself (admin, alerts). TRUE for no pieces.
 */
export function idMatchesKeyword(pieces: readonly string[], index: SearchIndex, idColumn: string): Prisma.Sql {
  if (pieces.length === 0) return Prisma.sql`TRUE`;
  return Prisma.sql`${Prisma.raw(idColumn)} IN (SELECT s.id FROM ${Prisma.raw(index)} s WHERE ${keywordCondition(pieces, "s")})`;
}

/**
 * Relevance, smaller first: 0 when every piece is in a title, 1 when every piece is in a title or summary, 2
 * otherwise (description); plus 3 when the keyword's words do not occur as typed (a segmented `数据分析` found as
 * 数据 … 分析 apart), so the exact phrase ranks above the words apart. `plan` is lib/search/segment.ts's
 * searchPlan of the keyword; `alias` a row of a search index table (the phrase check reads its out-of-line
 * search_text, only for segmented keywords).
 */
export function rankExpression(plan: { words: readonly string[]; pieces: readonly string[] }, alias: string): Prisma.Sql {
  const { words, pieces } = plan;
  // A cast, not a bare 0: `ORDER BY 0` would name a select-list position (a keyword like U+0301 has no pieces).
  if (pieces.length === 0) return Prisma.sql`0::int`;
  const title = Prisma.raw(`${alias}.search_title`);
  const summary = Prisma.raw(`${alias}.search_summary`);
  const all = (column: Prisma.Sql, terms: readonly string[]) =>
    Prisma.join(terms.map((t) => containsTerm(column, searchNormalize(t))), " AND ");
  const place = Prisma.sql`(CASE WHEN ${all(title, pieces)} THEN 0
    WHEN ${all(Prisma.sql`(${title} || ' ' || ${summary})`, pieces)} THEN 1 ELSE 2 END)`;
  const segmented = words.length !== pieces.length || words.some((w, i) => searchNormalize(w) !== pieces[i]);
  if (!segmented) return place;
  return Prisma.sql`(${place} + CASE WHEN ${all(Prisma.raw(`${alias}.search_text`), words)} THEN 0 ELSE 3 END)`;
}

/**
 * Planner settings for statements that read a search index, set for one transaction (set_config(…, true)).
 * Postgres does not know that GIN answers `@>`/`&&` on an array exactly: it charges a bitmap scan a recheck of
 * every row it fetches, so for a keyword in most rows (数据 is in every scale opening, AI in 76% of roles) it
 * prefers a sequential scan that computes each row's terms (seconds). With sequential scans priced out, and no
 * other index on the search tables but the primary key (migration *_search_index), the GIN index is the one
 * plan. Parallel workers and JIT are off: at these sizes their start-up costs more than it saves on 2 cores
 * under concurrent requests. Exported for the EXPLAIN tests, which plan under the same settings.
 */
export const SEARCH_PLANNER_SETTINGS = Prisma.sql`SELECT set_config('enable_seqscan', 'off', true),
  set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)`;

/** Anything that runs raw queries: the app's client or an interactive transaction's. */
export type RawQueryClient = Pick<ReturnType<typeof db>, "$queryRaw">;

/**
 * Runs a read statement; when `searched` (it filters by a keyword through a search index), under
 * SEARCH_PLANNER_SETTINGS: in a transaction of its own, or, given the `client` of an interactive transaction,
 * in that one (the settings then hold for the rest of it; they only steer plans). Returns the statement's rows.
 * Throws on database errors.
 */
export async function searchRead<T>(sql: Prisma.Sql, searched: boolean, client?: RawQueryClient): Promise<T[]> {
  if (client) {
    if (searched) await client.$queryRaw(SEARCH_PLANNER_SETTINGS);
    return client.$queryRaw<T[]>(sql);
  }
  if (!searched) return db().$queryRaw<T[]>(sql);
  const [, rows] = await db().$transaction([db().$queryRaw(SEARCH_PLANNER_SETTINGS), db().$queryRaw<T[]>(sql)]);
  return rows;
}
