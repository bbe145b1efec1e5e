-- The jobs page's facets as an index-only scan: every column they read is in one index, so counting the current
-- openings no longer reads their wide rows (descriptions, search columns). city_names holds one spelling of each
-- city in city_keys (same order), so the city facet is labelled from the index too.

-- AlterTable
ALTER TABLE "openings" ADD COLUMN     "city_names" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "openings_current_facets_idx" ON "openings"("status", "expires_at", "deleted_at", "role_id", "workplace_type", "employment_type", "experience_level", "city_keys", "city_names");

-- city_keys and city_names from the locations, one entry per folded city (the first spelling in the posting's order).
CREATE OR REPLACE FUNCTION openings_derive_columns() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  factor numeric;
  cities text;
BEGIN
  -- The start of the day after valid_through, on the wall clock of time_zone (DST handled by Postgres).
  NEW.expires_at := ((NEW.valid_through + 1)::timestamp AT TIME ZONE NEW.time_zone);
  SELECT coalesce(array_agg(k ORDER BY k), '{}'), coalesce(array_agg(n ORDER BY k), '{}')
    INTO NEW.city_keys, NEW.city_names
  FROM (
    SELECT DISTINCT ON (atlas_search_normalize(l.value->>'city')) atlas_search_normalize(l.value->>'city') AS k, l.value->>'city' AS n
    FROM jsonb_array_elements(NEW.locations) WITH ORDINALITY AS l(value, pos)
    WHERE coalesce(btrim(l.value->>'city'), '') <> ''
    ORDER BY atlas_search_normalize(l.value->>'city'), l.pos
  ) AS c;
  factor := CASE NEW.salary_period
    WHEN 'hour' THEN 2080 WHEN 'day' THEN 260 WHEN 'month' THEN coalesce(NEW.salary_months, 12) WHEN 'year' THEN 1 END;
  NEW.salary_year_min := NEW.salary_min * factor;
  NEW.salary_year_max := coalesce(NEW.salary_max, NEW.salary_min) * factor;
  cities := (SELECT string_agg(l->>'city', ' ') FROM jsonb_array_elements(NEW.locations) AS l);
  NEW.sort_title := lower(coalesce(nullif(btrim(NEW.title_en), ''), NEW.title_zh, ''));
  NEW.search_title := atlas_search_normalize(concat_ws(' ', NEW.title_en, NEW.title_zh));
  NEW.search_summary := atlas_search_normalize(concat_ws(' ', NEW.employer_name, cities));
  NEW.search_text := atlas_search_normalize(concat_ws(' ',
    NEW.title_en, NEW.title_zh, NEW.employer_name, cities, NEW.description_en, NEW.description_zh));
  NEW.search_tokens := atlas_search_tokens(NEW.search_text);
  RETURN NEW;
END
$fn$;

-- Fill the new column for existing rows (the trigger runs on this update).
UPDATE openings SET slug = slug;
