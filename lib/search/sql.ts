import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/*
 * The keyword search shared by every searchable table (roles, openings). Each such table carries the same derived
 * columns, kept by its trigger with the same SQL functions (migration *_search_and_keyset): search_title,
 * search_summary, search_text (atlas_search_normalize of its text) and search_tokens (1–2 character tokens), with a
 * trigram GIN index on search_text and a GIN index on search_tokens. So a keyword means the same on every page.
 */

/** A term as the database normalises it (NFKC, no accents, lower case). Constant-folded at plan time. */
const normalized = (term: string) => Prisma.sql`atlas_search_normalize(${term})`;

/** `column` contains the term literally (LIKE with escaped wildcards). */
export const containsTerm = (column: Prisma.Sql, term: string) =>
  Prisma.sql`${column} LIKE atlas_like_contains(${normalized(term)}) ESCAPE '\\'`;

/**
 * Every word of the keyword occurs in the row's search_text. Each word needs a literal substring match in
 * search_text (trigram GIN index) and, when it has 1–2 character runs the trigrams cannot serve, their tokens in
 * search_tokens (GIN index); both indexes combine by a bitmap AND. The CASE folds away at plan time. `prefix` is
 * the table alias with its dot ("o.") when the statement joins tables, else "".
 */
export function keywordCondition(terms: readonly string[], prefix = ""): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`TRUE`;
  const text = Prisma.raw(`${prefix}search_text`);
  const tokens = Prisma.raw(`${prefix}search_tokens`);
  return Prisma.join(
    terms.map(
      // A word that is itself one run of one or two characters (数据, 侦, ai) is exactly a token: the token index
      // alone decides, and the long search_text is never read. Otherwise LIKE decides, narrowed by the indexes.
      (t) => Prisma.sql`(CASE
        WHEN atlas_query_tokens(${normalized(t)}) = ARRAY[${normalized(t)}]::text[]
          THEN ${tokens} @> ARRAY[${normalized(t)}]::text[]
        ELSE ${containsTerm(text, t)} AND CASE
          WHEN cardinality(atlas_query_tokens(${normalized(t)})) = 0 THEN TRUE
          ELSE ${tokens} @> atlas_query_tokens(${normalized(t)}) END
        END)`,
    ),
    " AND ",
  );
}

/**
 * Relevance, smaller first: 0 when every piece is in a title, 1 when every piece is in a title or summary, 2
 * otherwise (description); plus 3 when the keyword's words do not occur as typed (a segmented `数据分析` found as
 * 数据 … 分析 apart), so the exact phrase ranks above the words apart. `plan` is lib/search/segment.ts's
 * searchPlan of the keyword.
 */
export function rankExpression(plan: { words: readonly string[]; pieces: readonly string[] }, prefix = ""): Prisma.Sql {
  const { words, pieces } = plan;
  // A cast, not a bare 0: `ORDER BY 0` would name a select-list position (a keyword like U+0301 has no pieces).
  if (pieces.length === 0) return Prisma.sql`0::int`;
  const title = Prisma.raw(`${prefix}search_title`);
  const summary = Prisma.raw(`${prefix}search_summary`);
  const text = Prisma.raw(`${prefix}search_text`);
  const all = (column: Prisma.Sql, terms: readonly string[]) =>
    Prisma.join(terms.map((t) => containsTerm(column, t)), " AND ");
  const place = Prisma.sql`(CASE WHEN ${all(title, pieces)} THEN 0
    WHEN ${all(Prisma.sql`(${title} || ' ' || ${summary})`, pieces)} THEN 1 ELSE 2 END)`;
  const segmented = words.length !== pieces.length || words.some((w, i) => w !== pieces[i]);
  if (!segmented) return place;
  return Prisma.sql`(${place} + CASE WHEN ${all(text, words)} THEN 0 ELSE 3 END)`;
}
