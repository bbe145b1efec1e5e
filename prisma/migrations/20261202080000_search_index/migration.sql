-- The search index (issue 10): a narrow copy of each searchable table, one row per role or opening, holding only
-- what a keyword search filters, counts and sorts by, and a GIN index over the row's search terms.
--
-- Why: at 100k roles a broad keyword (数据: 23k matches, AI: 76k) made Postgres read the wide rows (descriptions,
-- search_text, search_tokens inline: 1.7 KB a row, 170 MB of heap) of every match to count facets and rank them:
-- 1.2–1.9 s. A row here keeps ~450 bytes inline, so a bitmap scan of the GIN index visits a 43 MB heap; the index
-- answers the match exactly (array @> and && are not lossy), so the terms are never computed at query time and
-- search_text (out of line) is read only for the rare pieces the terms cannot decide. A posting table (term →
-- row, one row per term) was measured out: ~300 terms per role are 30M rows at 100k roles. lib/search/sql.ts
-- writes the queries and says how they are planned.
--
-- The terms (atlas_search_terms): atlas_search_tokens (every character and adjacent pair of every run, as before),
-- every three consecutive characters of every other run (Chinese: 工程师, 设计师, 大模型 are exact lookups), and
-- every whole Latin run of 3–100 letters/digits. A Latin keyword word of 3+ letters matches through the
-- vocabulary (search_words, now every such run): the rows having any vocabulary word that contains it, which is
-- exactly "the text contains it", because a Latin run is never split inside a word.
--
-- The GIN index is on the expression atlas_search_terms(search_text), not on a stored column, so the terms take
-- no room in the rows. The only other index of these tables is the primary key, so that a search can be planned
-- one way only: through the GIN index (see SEARCH_PLANNER_SETTINGS in lib/search/sql.ts; with a sort index the
-- planner would walk it and compute the terms of each row: measured 58 s for `a`).
--
-- Out of line for sure: Postgres toasts a row only when it is longer than TOAST_TUPLE_THRESHOLD (2 KB, fixed at
-- compile time), so a 1–2 KB search_text would stay in the row (measured: 113 MB of heap at 100k roles). So
-- toast_pad, a run of dots that takes the row just past 2 KB, compresses to ~20 bytes once toasting starts, and
-- toast_tuple_target = 128 then moves search_text (EXTERNAL) out; the short columns are MAIN, which stay in.

CREATE OR REPLACE FUNCTION atlas_search_latin_runs(normalized text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT coalesce(array_agg(DISTINCT run), '{}')
  FROM atlas_search_runs(normalized) AS run
  WHERE run ~ '^[a-z0-9]{3,100}$'
$fn$;

CREATE OR REPLACE FUNCTION atlas_search_trigrams(normalized text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT coalesce(array_agg(DISTINCT substr(run, i, 3)), '{}')
  FROM atlas_search_runs(normalized) AS run
  CROSS JOIN LATERAL generate_series(1, length(run) - 2) AS i
  WHERE run !~ '^[a-z0-9]+$'
$fn$;

-- plpgsql so that it is never inlined (the index expression and the queries name this one function).
CREATE OR REPLACE FUNCTION atlas_search_terms(normalized text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
BEGIN
  RETURN atlas_search_tokens(normalized) || atlas_search_trigrams(normalized) || atlas_search_latin_runs(normalized);
END
$fn$;

-- The vocabulary: every Latin run of 3–100 characters, the same runs as the terms' (was: letter-only words of
-- 5–40, for spelling alone).
CREATE OR REPLACE FUNCTION atlas_search_words_add() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO search_words (word, head, tail, length)
  SELECT w, left(w, 2), right(w, 2), length(w)
  FROM (SELECT DISTINCT w FROM new_rows, unnest(atlas_search_latin_runs(new_rows.search_text)) AS w) words
  ORDER BY w
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION atlas_search_words_rebuild() RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM search_words;
  INSERT INTO search_words (word, head, tail, length)
  SELECT w, left(w, 2), right(w, 2), length(w)
  FROM (SELECT search_text FROM roles UNION ALL SELECT search_text FROM openings) t,
       unnest(atlas_search_latin_runs(t.search_text)) AS w
  GROUP BY w;
END
$fn$;

-- CreateTable
CREATE TABLE "role_search" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "role_status" NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "tier" "skill_tier",
    "horizon" "emergence_horizon",
    "listed_at" TIMESTAMPTZ(3) NOT NULL,
    "sort_title" TEXT NOT NULL,
    "sort_key_zh" TEXT NOT NULL,
    "search_title" TEXT NOT NULL,
    "search_summary" TEXT NOT NULL,
    "search_text" TEXT NOT NULL,

    "toast_pad" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "role_search_pkey" PRIMARY KEY ("id")
) WITH (toast_tuple_target = 128);

-- CreateTable
CREATE TABLE "opening_search" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "role_status" NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "workplace_type" "workplace_type" NOT NULL,
    "employment_type" "employment_type" NOT NULL,
    "experience_level" "experience_level",
    "city_keys" TEXT[] NOT NULL,
    "city_names" TEXT[] NOT NULL,
    "salary_currency" TEXT,
    "salary_year_max" DECIMAL(16,2),
    "date_posted" DATE NOT NULL,
    "search_title" TEXT NOT NULL,
    "search_summary" TEXT NOT NULL,
    "search_text" TEXT NOT NULL,
    "role_id" UUID NOT NULL,
    "role_slug" TEXT NOT NULL,
    "role_status" "role_status" NOT NULL,
    "role_deleted_at" TIMESTAMPTZ(3),
    "tier" "skill_tier",
    "horizon" "emergence_horizon",

    "toast_pad" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "opening_search_pkey" PRIMARY KEY ("id")
) WITH (toast_tuple_target = 128);

-- search_text leaves the row, uncompressed (a recheck reads it without decompressing); the short columns stay.
ALTER TABLE "role_search" ALTER COLUMN "search_text" SET STORAGE EXTERNAL,
  ALTER COLUMN "slug" SET STORAGE MAIN, ALTER COLUMN "sort_title" SET STORAGE MAIN,
  ALTER COLUMN "sort_key_zh" SET STORAGE MAIN, ALTER COLUMN "search_title" SET STORAGE MAIN,
  ALTER COLUMN "search_summary" SET STORAGE MAIN;
ALTER TABLE "opening_search" ALTER COLUMN "search_text" SET STORAGE EXTERNAL,
  ALTER COLUMN "slug" SET STORAGE MAIN, ALTER COLUMN "city_keys" SET STORAGE MAIN,
  ALTER COLUMN "city_names" SET STORAGE MAIN, ALTER COLUMN "salary_currency" SET STORAGE MAIN,
  ALTER COLUMN "search_title" SET STORAGE MAIN, ALTER COLUMN "search_summary" SET STORAGE MAIN,
  ALTER COLUMN "role_slug" SET STORAGE MAIN;

-- The filler that takes a row past the 2 KB toast threshold (see the top); empty when the text is long enough.
CREATE OR REPLACE FUNCTION atlas_toast_pad(search_text text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT repeat('.', greatest(0, 2100 - octet_length(search_text)))
$fn$;

-- AddForeignKey
ALTER TABLE "role_search" ADD CONSTRAINT "role_search_id_fkey" FOREIGN KEY ("id") REFERENCES "roles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "opening_search" ADD CONSTRAINT "opening_search_id_fkey" FOREIGN KEY ("id") REFERENCES "openings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What each entry holds, defined once: these views give the index rows of the listings, in the tables' column
-- order, for the triggers and the backfill (tests/integration/search-index.test.ts checks the entries).
CREATE VIEW role_search_source AS
  SELECT id, slug, status, deleted_at, tier, horizon, listed_at, sort_title, sort_key_zh,
         search_title, search_summary, search_text, atlas_toast_pad(search_text) AS toast_pad
  FROM roles;
CREATE VIEW opening_search_source AS
  SELECT o.id, o.slug, o.status, o.deleted_at, o.expires_at, o.workplace_type, o.employment_type,
         o.experience_level, o.city_keys, o.city_names, o.salary_currency, o.salary_year_max, o.date_posted,
         o.search_title, o.search_summary, o.search_text, r.id AS role_id, r.slug AS role_slug,
         r.status AS role_status, r.deleted_at AS role_deleted_at, r.tier, r.horizon,
         atlas_toast_pad(o.search_text) AS toast_pad
  FROM openings o JOIN roles r ON r.id = o.role_id;

-- Kept by statement triggers (one pass per statement, so a bulk insert costs one), after the row triggers derived
-- the search columns: the changed rows' entries are written again from the views. Deletes cascade through the
-- foreign keys; TRUNCATE … CASCADE too. An opening's entry carries its role's slug, state, tier and horizon (the
-- jobs page filters by them), so a role's change updates its openings' entries.
CREATE OR REPLACE FUNCTION role_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO role_search SELECT * FROM role_search_source WHERE id IN (SELECT id FROM new_rows)
  ON CONFLICT (id) DO UPDATE SET
    slug = EXCLUDED.slug, status = EXCLUDED.status, deleted_at = EXCLUDED.deleted_at, tier = EXCLUDED.tier,
    horizon = EXCLUDED.horizon, listed_at = EXCLUDED.listed_at, sort_title = EXCLUDED.sort_title,
    sort_key_zh = EXCLUDED.sort_key_zh, search_title = EXCLUDED.search_title,
    search_summary = EXCLUDED.search_summary, search_text = EXCLUDED.search_text, toast_pad = EXCLUDED.toast_pad
  -- An unchanged entry is not rewritten (and its GIN entries not redone): most role updates touch no search column.
  WHERE ROW(role_search.*) IS DISTINCT FROM ROW(EXCLUDED.*);
  IF TG_OP = 'UPDATE' THEN
    UPDATE opening_search o SET role_slug = n.slug, role_status = n.status, role_deleted_at = n.deleted_at,
                                tier = n.tier, horizon = n.horizon
    FROM new_rows n
    WHERE o.role_id = n.id
      AND (o.role_slug, o.role_status, o.role_deleted_at, o.tier, o.horizon)
          IS DISTINCT FROM (n.slug, n.status, n.deleted_at, n.tier, n.horizon);
  END IF;
  RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION opening_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO opening_search SELECT * FROM opening_search_source WHERE id IN (SELECT id FROM new_rows)
  ON CONFLICT (id) DO UPDATE SET
    slug = EXCLUDED.slug, status = EXCLUDED.status, deleted_at = EXCLUDED.deleted_at,
    expires_at = EXCLUDED.expires_at, workplace_type = EXCLUDED.workplace_type,
    employment_type = EXCLUDED.employment_type, experience_level = EXCLUDED.experience_level,
    city_keys = EXCLUDED.city_keys, city_names = EXCLUDED.city_names, salary_currency = EXCLUDED.salary_currency,
    salary_year_max = EXCLUDED.salary_year_max, date_posted = EXCLUDED.date_posted,
    search_title = EXCLUDED.search_title, search_summary = EXCLUDED.search_summary,
    search_text = EXCLUDED.search_text, role_id = EXCLUDED.role_id, role_slug = EXCLUDED.role_slug,
    role_status = EXCLUDED.role_status, role_deleted_at = EXCLUDED.role_deleted_at, tier = EXCLUDED.tier,
    horizon = EXCLUDED.horizon, toast_pad = EXCLUDED.toast_pad;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER roles_search_sync_insert AFTER INSERT ON roles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION role_search_sync();
CREATE TRIGGER roles_search_sync_update AFTER UPDATE ON roles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION role_search_sync();
CREATE TRIGGER openings_search_sync_insert AFTER INSERT ON openings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opening_search_sync();
CREATE TRIGGER openings_search_sync_update AFTER UPDATE ON openings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION opening_search_sync();

-- Backfill, as the triggers write (an UPDATE … SET slug = slug would also do, but rewrites the wide tables).
INSERT INTO role_search SELECT * FROM role_search_source;
INSERT INTO opening_search SELECT * FROM opening_search_source;

-- Built after the backfill (one sort instead of 100k inserts). Later rows go through GIN's pending list, which
-- every search reads in full: at most 256 kB here (with the default 4 MB, measured: 168 ms added to a 3 ms count).
CREATE INDEX "role_search_terms_idx" ON "role_search" USING GIN ((atlas_search_terms(search_text))) WITH (gin_pending_list_limit = 256);
CREATE INDEX "opening_search_terms_idx" ON "opening_search" USING GIN ((atlas_search_terms(search_text))) WITH (gin_pending_list_limit = 256);
-- Substring lookups in the vocabulary (a keyword word → the indexed words containing it).
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);

SELECT atlas_search_words_rebuild();
ANALYZE role_search;
ANALYZE opening_search;
ANALYZE search_words;
