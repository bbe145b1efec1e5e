import "server-only";
import { revalidatePath } from "next/cache";
import { expireTags, OPENINGS_TAG, roleDetailTags, ROLES_TAG } from "@/lib/cache/policy";

/**
 * Drops every cached public read a role change can show on, at once and on every instance (lib/cache/policy.ts):
 * `roles` (browse list and API, feeds, related roles, insights, axes, sitemap), `role:<slug>` for each given slug
 * — current and previous, so a rename drops the old slug's page and API too, and a create or publish drops a
 * cached "no such role" — and `openings` (openings lists and figures show their role and list only published
 * roles' openings; an opening's page is tagged with its role's slug). More than MAX_SLUG_TAGS slugs drop every
 * role's detail instead (`role-details`). Then the admin pages' client-side cache.
 * Called after every committed role change: create, edit (merges included), submit, publish, unpublish, archive,
 * restore, delete (lib/roles/admin/actions.ts) and an applied import (app/api/admin/import/route.ts).
 */
export function revalidateRoleViews(slugs: readonly string[]): void {
  expireTags([ROLES_TAG, OPENINGS_TAG, ...roleDetailTags(slugs)]);
  revalidatePath("/[locale]/admin", "layout");
}
