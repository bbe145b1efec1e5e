-- CreateIndex
CREATE INDEX "openings_current_facets_idx" ON "openings"("status", "expires_at", "deleted_at", "role_id", "workplace_type", "employment_type", "experience_level", "city_keys");
