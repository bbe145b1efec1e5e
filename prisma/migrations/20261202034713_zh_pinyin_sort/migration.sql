-- The Chinese pages sort by pinyin (issue 12 item 16). The key is computed by the application (pinyin-pro, see
-- lib/search/pinyin.ts) because ICU pinyin collation is missing from PGlite; every writer of roles supplies it.
-- The trigger only checks it, in constant time: a key must end with " " + its source title (the Chinese title,
-- else the English one). A key that does not (a raw SQL write, an older writer, the rows existing before this
-- migration) becomes "~" + sort_title, which sorts after every real key (keys start with a lower-case letter or
-- digit, or a space for an all-punctuation title) in English title order, until lib/search/pinyin-backfill.ts
-- (run by scripts/db-migrate.mjs deploy and by the seeds) computes the real key. No per-row lookup work.

-- AlterTable
ALTER TABLE "roles" ADD COLUMN     "sort_key_zh" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "roles_status_sort_key_zh_slug_deleted_at_idx" ON "roles"("status", "sort_key_zh", "slug", "deleted_at");

-- CreateIndex
CREATE INDEX "roles_status_tier_horizon_sort_key_zh_slug_deleted_at_idx" ON "roles"("status", "tier", "horizon", "sort_key_zh", "slug", "deleted_at");

CREATE OR REPLACE FUNCTION roles_derive_columns() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  key_source text;
BEGIN
  NEW.listed_at := coalesce(NEW.published_at, NEW.created_at);
  key_source := coalesce(nullif(btrim(NEW.title_zh), ''), btrim(NEW.title_en), '');
  IF NEW.sort_key_zh IS NULL OR right(NEW.sort_key_zh, length(key_source) + 1) IS DISTINCT FROM ' ' || key_source THEN
    NEW.sort_key_zh := '~' || lower(coalesce(nullif(btrim(NEW.title_en), ''), NEW.title_zh, ''));
  END IF;
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

-- Existing rows get the fallback key now (the trigger runs on this update) and their real key from the backfill.
UPDATE roles SET sort_key_zh = '';
