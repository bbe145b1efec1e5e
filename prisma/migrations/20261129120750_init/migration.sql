-- CreateEnum
CREATE TYPE "skill_tier" AS ENUM ('low-to-medium', 'medium-to-high');

-- CreateEnum
CREATE TYPE "emergence_horizon" AS ENUM ('5-year', '10-year');

-- CreateEnum
CREATE TYPE "role_status" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "content_origin" AS ENUM ('editorial', 'source');

-- CreateTable
CREATE TABLE "roles" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "title_zh" TEXT NOT NULL,
    "summary_en" TEXT NOT NULL,
    "summary_zh" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "description_zh" TEXT NOT NULL,
    "tier" "skill_tier",
    "horizon" "emergence_horizon",
    "status" "role_status" NOT NULL DEFAULT 'draft',
    "content_origin" "content_origin" NOT NULL DEFAULT 'editorial',
    "source_name" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "roles_slug_key" ON "roles"("slug");

-- CreateIndex
CREATE INDEX "roles_status_title_en_slug_idx" ON "roles"("status", "title_en", "slug");

-- CreateIndex
CREATE INDEX "roles_status_published_at_slug_idx" ON "roles"("status", "published_at" DESC, "slug");

-- CreateIndex
CREATE INDEX "roles_status_tier_horizon_idx" ON "roles"("status", "tier", "horizon");

-- Slugs are URL keys: lowercase ASCII words joined by single hyphens (Prisma does not model CHECK constraints).
ALTER TABLE "roles" ADD CONSTRAINT "roles_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 120);
-- A published role always has a publication time (archived ones may keep theirs).
ALTER TABLE "roles" ADD CONSTRAINT "roles_published_at_set" CHECK ("status" <> 'published' OR "published_at" IS NOT NULL);
