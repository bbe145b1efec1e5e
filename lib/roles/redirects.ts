import "server-only";
import { db } from "@/lib/db";
import { SLUG_PATTERN } from "@/lib/roles/admin/form";

/**
 * The current slug of the published role that `slug` used to name (a role renamed after it was public), or null.
 * The public page and API redirect there so old links keep working.
 */
export async function currentSlugFor(slug: string): Promise<string | null> {
  if (slug.length > 120 || !SLUG_PATTERN.test(slug)) return null;
  const redirect = await db().slugRedirect.findUnique({
    where: { oldSlug: slug },
    select: { role: { select: { slug: true, status: true, deletedAt: true } } },
  });
  const role = redirect?.role;
  return role && role.status === "PUBLISHED" && !role.deletedAt && role.slug !== slug ? role.slug : null;
}
