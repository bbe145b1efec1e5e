import type { MetadataRoute } from "next";
import { listPublishedRoleStamps } from "@/lib/roles/data";
import { siteUrl } from "@/lib/site";

/**
 * GET /sitemap.xml — the browse page, /insights and every published role with its last change as `lastmod`.
 * One file: fine up to the protocol's 50,000 URLs; beyond that it would need `generateSitemaps` (split by slug).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [site, roles] = await Promise.all([siteUrl(), listPublishedRoleStamps()]);
  const newest = roles.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), "1970-01-01T00:00:00.000Z");
  return [
    { url: `${site}/`, lastModified: newest, changeFrequency: "daily", priority: 1 },
    { url: `${site}/insights`, lastModified: newest, changeFrequency: "weekly", priority: 0.8 },
    ...roles.map((r) => ({ url: `${site}/roles/${r.slug}`, lastModified: r.updatedAt, changeFrequency: "weekly" as const, priority: 0.6 })),
  ];
}
