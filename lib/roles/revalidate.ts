import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Drops cached renderings of everything a listing change can show on: the browse page and API, the listing's
 * page and API under each given slug (current and previous), and the admin pages. Call after the change committed.
 */
export function revalidateRoleViews(slugs: readonly string[]): void {
  revalidatePath("/");
  revalidatePath("/api/roles");
  for (const slug of new Set(slugs)) {
    revalidatePath(`/roles/${slug}`);
    revalidatePath(`/api/roles/${slug}`);
  }
  revalidatePath("/admin", "layout");
}
