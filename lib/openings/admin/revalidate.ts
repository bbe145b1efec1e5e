import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/lib/i18n/routing";

/**
 * Drops cached renderings of everything an opening change can show on, in every locale: the jobs list, the jobs
 * API and feeds, each given opening's page and API (current and previous slug), the pages of each given role
 * (they show the role's openings count, pay and cities; current and previous role), /insights (openings per tier ×
 * horizon), the sitemap, and the admin pages. The counterpart of revalidateRoleViews (lib/roles/admin/revalidate.ts).
 * Call after the change committed.
 */
export function revalidateOpeningViews(slugs: readonly string[], roleSlugs: readonly string[]): void {
  const openings = [...new Set(slugs)].filter(Boolean);
  const roles = [...new Set(roleSlugs)].filter(Boolean);
  revalidatePath("/api/openings");
  revalidatePath("/jobs-feed.xml");
  revalidatePath("/jobs-atom.xml");
  revalidatePath("/sitemap.xml");
  for (const slug of openings) revalidatePath(`/api/openings/${slug}`);
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}/jobs`);
    revalidatePath(`/${locale}/insights`);
    for (const slug of openings) revalidatePath(`/${locale}/jobs/${slug}`);
    for (const slug of roles) revalidatePath(`/${locale}/roles/${slug}`);
  }
  revalidatePath("/[locale]/admin", "layout");
}
