import type { MetadataRoute } from "next";
import { localePath } from "@/lib/i18n/metadata";
import { LANGUAGE_TAG, routing } from "@/lib/i18n/routing";
import { listCurrentOpeningStamps } from "@/lib/openings/data";
import { listPublishedRoleStamps } from "@/lib/roles/data";
import { siteUrl } from "@/lib/site";

/**
 * GET /sitemap.xml — the browse page, /insights, /jobs, every published role and every current (not expired)
 * opening, each in both locales (`/zh/…`,
 * `/en/…`) with `xhtml:link` hreflang alternates; a role's `lastmod` is its last change. Data: published roles'
 * slugs and `updatedAt` from the database. One file: fine up to the protocol's 50,000 URLs (25,000 roles in two
 * languages); beyond that it would need `generateSitemaps` (split by slug).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [site, roles, openings] = await Promise.all([siteUrl(), listPublishedRoleStamps(), listCurrentOpeningStamps()]);
  const newest = roles.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), "1970-01-01T00:00:00.000Z");
  const entries = (path: string, lastModified: string, changeFrequency: "daily" | "weekly", priority: number) => {
    const languages = Object.fromEntries(routing.locales.map((l) => [LANGUAGE_TAG[l], `${site}${localePath(l, path)}`]));
    return routing.locales.map((l) => ({
      url: `${site}${localePath(l, path)}`,
      lastModified,
      changeFrequency,
      priority,
      alternates: { languages },
    }));
  };
  return [
    ...entries("/", newest, "daily", 1),
    ...entries("/insights", newest, "weekly", 0.8),
    ...entries("/jobs", openings.reduce((max, o) => (o.updatedAt > max ? o.updatedAt : max), newest), "daily", 0.9),
    ...roles.flatMap((r) => entries(`/roles/${r.slug}`, r.updatedAt, "weekly", 0.6)),
    ...openings.flatMap((o) => entries(`/jobs/${o.slug}`, o.updatedAt, "daily", 0.5)),
  ];
}
