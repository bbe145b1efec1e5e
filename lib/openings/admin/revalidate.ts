import "server-only";
import { revalidatePath } from "next/cache";
import { expireTags, openingDetailTags, OPENINGS_TAG } from "@/lib/cache/policy";

/**
 * Drops every cached public read an opening change can show on, at once and on every instance
 * (lib/cache/policy.ts): `openings` (jobs list and API, feeds, the openings counts on role cards, each role page's
 * openings and figures, insights, sitemap) and `opening:<slug>` for each given slug, current and previous (a
 * rename drops the old page; a create or publish drops a cached "no such opening"; more than MAX_SLUG_TAGS slugs
 * drop every opening's detail, `opening-details`). The opening's roles need no tag of their own: everything a role
 * page shows about openings is tagged `openings`. Then the admin pages' client-side cache. The counterpart of
 * revalidateRoleViews (lib/roles/admin/revalidate.ts). Called after every committed opening change: create, edit,
 * submit, publish, unpublish, archive, restore, delete (lib/openings/admin/actions.ts) and an applied import
 * (app/api/admin/openings/import/route.ts).
 */
export function revalidateOpeningViews(slugs: readonly string[]): void {
  expireTags([OPENINGS_TAG, ...openingDetailTags(slugs)]);
  revalidatePath("/[locale]/admin", "layout");
}
