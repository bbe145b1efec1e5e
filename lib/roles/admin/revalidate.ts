import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/lib/i18n/routing";

/**
 * Drops cached renderings of everything a listing change can show on: the browse page and API, the listing's
 * page and API under each given slug (current and previous), /insights, in every locale, and the admin pages.
 * Call after the change committed.
 */
export function revalidateRoleViews(slugs: readonly string[]): void {
  revalidatePath("/api/roles");
  for (const locale of routing.locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/insights`);
    for (const slug of new Set(slugs)) revalidatePath(`/${locale}/roles/${slug}`);
  }
  for (const slug of new Set(slugs)) revalidatePath(`/api/roles/${slug}`);
  revalidatePath("/[locale]/admin", "layout");
}
