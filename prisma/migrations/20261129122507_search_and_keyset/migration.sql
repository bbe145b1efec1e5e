-- Search in Chinese and English, and keyset pagination.
--
-- Search columns are derived by a trigger from the role's text, so every writer (app, seed, import, raw SQL)
-- keeps them right. Matching a query term (see lib/roles/data.ts):
--   * search_text LIKE '%term%' — a literal substring match, served by a trigram GIN index for terms whose
--     trigrams are selective (Latin words of three or more letters, Chinese phrases of three or more characters);
--   * search_tokens @> atlas_query_tokens(term) — served by a GIN index over 1–2 character tokens, because
--     pg_trgm extracts no trigram from a one- or two-character term (most Chinese words: 数据, 医疗, 量子).
-- PostgreSQL full-text search is not used: it does not segment Chinese.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "roles_status_published_at_slug_idx";

-- DropIndex
DROP INDEX "roles_status_title_en_slug_idx";

-- DropIndex
DROP INDEX "roles_status_tier_horizon_idx";

-- AlterTable
ALTER TABLE "roles" ADD COLUMN     "listed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "search_summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "search_title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "search_tokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sort_title" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "roles_status_sort_title_slug_idx" ON "roles"("status", "sort_title", "slug");

-- CreateIndex
CREATE INDEX "roles_status_listed_at_slug_idx" ON "roles"("status", "listed_at" DESC, "slug" DESC);

-- CreateIndex
CREATE INDEX "roles_status_tier_horizon_sort_title_slug_idx" ON "roles"("status", "tier", "horizon", "sort_title", "slug");

-- CreateIndex
CREATE INDEX "roles_search_text_idx" ON "roles" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "roles_search_tokens_idx" ON "roles" USING GIN ("search_tokens");


-- Text as search compares it: compatibility forms folded (full-width ＡＩ → ai, （ → (), combining accents
-- removed (é → e; NFKD, drop the combining-mark blocks, NFC), lower case, runs of white space as one space.
-- lib/roles/search-document.ts mirrors this exactly (no unaccent: its rules also rewrite CJK punctuation).
CREATE OR REPLACE FUNCTION atlas_search_normalize(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT btrim(regexp_replace(
    lower(normalize(regexp_replace(normalize(input, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'), NFC)),
    '\s+', ' ', 'g'))
$fn$;

-- The runs a normalised text is cut into for tokens: ASCII letters/digits, or other letters (Chinese …),
-- so "ai辅助医疗" gives "ai" and "辅助医疗".
-- Spaces, ASCII punctuation and the general/CJK punctuation blocks separate runs.
CREATE OR REPLACE FUNCTION atlas_search_runs(normalized text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT m[1] FROM regexp_matches(normalized, '([a-z0-9]+|[^\x01-\x7f\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\ufe30-\ufe4f]+)', 'g') AS m
$fn$;

-- Document tokens: every character and every pair of adjacent characters of every run. They let the GIN index
-- serve query words of one or two characters, which give pg_trgm no trigram to look up.
CREATE OR REPLACE FUNCTION atlas_search_tokens(normalized text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT coalesce(array_agg(DISTINCT tok), '{}')
  FROM atlas_search_runs(normalized) AS run
  CROSS JOIN LATERAL (
    SELECT substr(run, i, 1) FROM generate_series(1, length(run)) AS i
    UNION ALL SELECT substr(run, i, 2) FROM generate_series(1, length(run) - 1) AS i
  ) AS t(tok)
$fn$;

-- The tokens a normalised query word requires: each of its runs of one or two characters, as it is. A document
-- containing the word contains each such run inside one of its own runs, so it has these tokens: the check only
-- narrows the candidates, and the LIKE decides. Longer runs are left to the trigram index; a word of
-- punctuation only requires none.
CREATE OR REPLACE FUNCTION atlas_query_tokens(normalized text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT coalesce(array_agg(DISTINCT run), '{}')
  FROM atlas_search_runs(normalized) AS run
  WHERE length(run) <= 2
$fn$;

-- A normalised term as a LIKE pattern that matches it literally anywhere (escape character: backslash).
CREATE OR REPLACE FUNCTION atlas_like_contains(normalized text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT '%' || replace(replace(replace(normalized, '\', '\\'), '%', '\%'), '_', '\_') || '%'
$fn$;

-- Bulk loads (prisma/scale-roles.ts) may compute the search columns themselves (lib/roles/search-document.ts,
-- checked equal by a test) and say so with SET LOCAL atlas.derived_columns_supplied = 'on'; then an INSERT only
-- gets listed_at here. Every other write derives everything.
CREATE OR REPLACE FUNCTION roles_derive_columns() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.listed_at := coalesce(NEW.published_at, NEW.created_at);
  IF TG_OP = 'INSERT' AND current_setting('atlas.derived_columns_supplied', true) = 'on' THEN
    RETURN NEW;
  END IF;
  NEW.sort_title := lower(coalesce(nullif(btrim(NEW.title_en), ''), NEW.title_zh, ''));
  NEW.search_title := atlas_search_normalize(concat_ws(' ', NEW.title_en, NEW.title_zh));
  NEW.search_summary := atlas_search_normalize(concat_ws(' ', NEW.summary_en, NEW.summary_zh));
  NEW.search_text := atlas_search_normalize(concat_ws(' ',
    NEW.title_en, NEW.title_zh, NEW.summary_en, NEW.summary_zh, NEW.description_en, NEW.description_zh));
  NEW.search_tokens := atlas_search_tokens(NEW.search_text);
  RETURN NEW;
END
$fn$;

CREATE TRIGGER roles_derive_columns
BEFORE INSERT OR UPDATE ON roles
FOR EACH ROW EXECUTE FUNCTION roles_derive_columns();

-- Fill the derived columns of existing rows (the trigger runs on this update).
UPDATE roles SET slug = slug;
