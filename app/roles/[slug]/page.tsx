import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { RoleArticle } from "@/components/roles/role-article";
import { getPublishedRole, listRelatedRoles } from "@/lib/roles/data";
import { displayTitle, secondaryTitle } from "@/lib/roles/display";
import { parseRoleQuery, roleQueryString } from "@/lib/roles/query";
import { currentSlugFor } from "@/lib/roles/redirects";
import { jsonLdText, occupationJsonLd } from "@/lib/roles/seo";
import { SITE_NAME, siteUrl } from "@/lib/site";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Title (both names), description (the summary), canonical `/roles/<slug>` without the list's query, Open Graph.
 * An unknown slug gets a "not found" title and no canonical.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await getPublishedRole((await params).slug);
  if (!role) return { title: "Role not found", robots: { index: false } };
  const title = [role.titleEn, role.titleZh].filter(Boolean).join(" · ");
  const description = [role.summaryEn, role.summaryZh].filter(Boolean).join(" ") || undefined;
  const url = `/roles/${role.slug}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "article", title, description, url, siteName: SITE_NAME, locale: "en_US", alternateLocale: ["zh_CN"] },
  };
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
  const backQuery = list.ok ? roleQueryString(list.query) : "";
  const [related, site] = await Promise.all([listRelatedRoles(role), siteUrl()]);

  return (
    <>
      <script
        type="application/ld+json"
        // Escaped by jsonLdText: no value can end the script element.
        dangerouslySetInnerHTML={{ __html: jsonLdText(occupationJsonLd(role, `${site}/roles/${role.slug}`)) }}
      />
      <RoleArticle
        role={role}
        before={
          <p>
            <Link href={`/${backQuery}`} className="text-blue-700 underline dark:text-blue-300" data-testid="back-to-results">
              ← Back to results
            </Link>
          </p>
        }
      />
      {related.length > 0 && (
        <section className="mt-8 max-w-3xl" aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-lg font-semibold">
            Related roles <span lang="zh-CN" className="font-normal">相关岗位</span>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">Same skill tier and emergence horizon.</p>
          <ul className="mt-2 space-y-1">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={`/roles/${r.slug}${backQuery}`} className="text-blue-700 underline dark:text-blue-300">
                  {displayTitle(r)}
                </Link>{" "}
                {secondaryTitle(r) && <span lang="zh-CN">{secondaryTitle(r)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
