-- DropIndex
DROP INDEX "roles_status_listed_at_slug_idx";

-- DropIndex
DROP INDEX "roles_status_sort_title_slug_idx";

-- DropIndex
DROP INDEX "roles_status_tier_horizon_sort_title_slug_idx";

-- CreateIndex
CREATE INDEX "roles_status_sort_title_slug_deleted_at_idx" ON "roles"("status", "sort_title", "slug", "deleted_at");

-- CreateIndex
CREATE INDEX "roles_status_listed_at_slug_deleted_at_idx" ON "roles"("status", "listed_at" DESC, "slug" DESC, "deleted_at");

-- CreateIndex
CREATE INDEX "roles_status_tier_horizon_sort_title_slug_deleted_at_idx" ON "roles"("status", "tier", "horizon", "sort_title", "slug", "deleted_at");

-- CreateIndex
CREATE INDEX "roles_status_tier_horizon_listed_at_slug_deleted_at_idx" ON "roles"("status", "tier", "horizon", "listed_at" DESC, "slug" DESC, "deleted_at");
