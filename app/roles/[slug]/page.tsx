import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { RoleArticle } from "@/components/roles/role-article";
import { getPublishedRole } from "@/lib/roles/data";
import { parseRoleQuery, roleQueryString } from "@/lib/roles/query";
import { currentSlugFor } from "@/lib/roles/redirects";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await getPublishedRole((await params).slug);
  if (!role) return { title: "Role not found" };
  return { title: [role.titleEn, role.titleZh].filter(Boolean).join(" · "), description: role.summaryEn || role.summaryZh };
}

/**
 * One published role (`/roles/[slug]`). Its query parameters are the browse list's it was opened from (same
 * contract as `/`), used only for the "back to results" link; invalid ones are ignored. An old slug of a renamed
 * role redirects (308) to its current one, keeping the query; unknown slug → 404. Descriptions render as sanitised
 * Markdown (components/roles/role-article.tsx, shared with the admin preview).
 */
export default async function RolePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const role = await getPublishedRole(slug);
  if (!role) {
    const current = await currentSlugFor(slug);
    if (current) permanentRedirect(`/roles/${current}${roleQueryString(parseRoleQuery(await searchParams).query)}`);
    notFound();
  }
  const list = parseRoleQuery(await searchParams);
  const backHref = `/${list.ok ? roleQueryString(list.query) : ""}`;

  return (
    <RoleArticle
      role={role}
      before={
        <p>
          <Link href={backHref} className="text-blue-700 underline dark:text-blue-300" data-testid="back-to-results">
            ← Back to results
          </Link>
        </p>
      }
    />
  );
}
