-- CreateEnum
CREATE TYPE "workplace_type" AS ENUM ('on-site', 'hybrid', 'remote');

-- CreateEnum
CREATE TYPE "employment_type" AS ENUM ('full-time', 'part-time', 'contract', 'temporary', 'internship');

-- CreateEnum
CREATE TYPE "experience_level" AS ENUM ('entry', 'mid', 'senior', 'lead');

-- CreateEnum
CREATE TYPE "salary_period" AS ENUM ('hour', 'day', 'month', 'year');

-- AlterTable
ALTER TABLE "idempotency_keys" ADD COLUMN     "opening_id" UUID;

-- CreateTable
CREATE TABLE "openings" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "role_id" UUID NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_zh" TEXT NOT NULL,
    "description_en" TEXT NOT NULL DEFAULT '',
    "description_zh" TEXT NOT NULL DEFAULT '',
    "employer_name" TEXT NOT NULL,
    "employer_url" TEXT,
    "workplace_type" "workplace_type" NOT NULL,
    "locations" JSONB NOT NULL DEFAULT '[]',
    "remote_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "employment_type" "employment_type" NOT NULL,
    "experience_level" "experience_level",
    "salary_min" DECIMAL(14,2),
    "salary_max" DECIMAL(14,2),
    "salary_currency" TEXT,
    "salary_period" "salary_period",
    "salary_months" SMALLINT,
    "salary_text" TEXT NOT NULL DEFAULT '',
    "apply_url" TEXT NOT NULL,
    "date_posted" DATE NOT NULL,
    "valid_through" DATE NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "external_id" TEXT,
    "status" "role_status" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "city_keys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "salary_year_min" DECIMAL(16,2),
    "salary_year_max" DECIMAL(16,2),
    "sort_title" TEXT NOT NULL DEFAULT '',
    "search_title" TEXT NOT NULL DEFAULT '',
    "search_summary" TEXT NOT NULL DEFAULT '',
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_tokens" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "openings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "openings_slug_key" ON "openings"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "openings_external_id_key" ON "openings"("external_id");

-- CreateIndex
CREATE INDEX "openings_status_date_posted_slug_deleted_at_idx" ON "openings"("status", "date_posted" DESC, "slug" DESC, "deleted_at");

-- CreateIndex
CREATE INDEX "openings_role_id_status_date_posted_idx" ON "openings"("role_id", "status", "date_posted" DESC);

-- CreateIndex
CREATE INDEX "openings_status_salary_currency_salary_year_max_slug_idx" ON "openings"("status", "salary_currency", "salary_year_max" DESC, "slug");

-- CreateIndex
CREATE INDEX "openings_expires_at_idx" ON "openings"("expires_at");

-- CreateIndex
CREATE INDEX "openings_city_keys_idx" ON "openings" USING GIN ("city_keys");

-- CreateIndex
CREATE INDEX "openings_search_text_idx" ON "openings" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "openings_search_tokens_idx" ON "openings" USING GIN ("search_tokens");

-- AddForeignKey
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_opening_id_fkey" FOREIGN KEY ("opening_id") REFERENCES "openings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "openings" ADD CONSTRAINT "openings_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the form schema (lib/openings/form.ts) checks, held by the database too, so no writer can store less.
ALTER TABLE "openings"
  ADD CONSTRAINT "openings_title_required" CHECK (btrim(title_en) <> '' OR btrim(title_zh) <> ''),
  ADD CONSTRAINT "openings_salary_range" CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
  ADD CONSTRAINT "openings_salary_complete" CHECK (
    (salary_min IS NULL AND salary_max IS NULL) OR (salary_currency IS NOT NULL AND salary_period IS NOT NULL)),
  ADD CONSTRAINT "openings_salary_currency" CHECK (salary_currency IS NULL OR salary_currency ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "openings_employer_url" CHECK (employer_url IS NULL OR employer_url ~* '^https?://'),
  ADD CONSTRAINT "openings_apply_url" CHECK (apply_url ~* '^(https?://|mailto:)'),
  ADD CONSTRAINT "openings_valid_through" CHECK (valid_through >= date_posted),
  ADD CONSTRAINT "openings_locations_array" CHECK (jsonb_typeof(locations) = 'array');

-- The derived columns: expiry instant, city keys, yearly salary bounds, sort and search columns (the same search
-- functions as roles, so a keyword means the same on both).
CREATE OR REPLACE FUNCTION openings_derive_columns() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  factor numeric;
  cities text;
BEGIN
  -- The start of the day after valid_through, on the wall clock of time_zone (DST handled by Postgres).
  NEW.expires_at := ((NEW.valid_through + 1)::timestamp AT TIME ZONE NEW.time_zone);
  NEW.city_keys := coalesce((
    SELECT array_agg(DISTINCT atlas_search_normalize(l->>'city'))
    FROM jsonb_array_elements(NEW.locations) AS l
    WHERE coalesce(btrim(l->>'city'), '') <> ''), '{}');
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

CREATE TRIGGER openings_derive_columns
BEFORE INSERT OR UPDATE ON openings
FOR EACH ROW EXECUTE FUNCTION openings_derive_columns();
