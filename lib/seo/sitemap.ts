import "server-only";
import { localePath } from "@/lib/i18n/metadata";
import { LANGUAGE_TAG, routing } from "@/lib/i18n/routing";
import { listCurrentOpeningStamps } from "@/lib/openings/cached";
import { listPublishedRoleStamps } from "@/lib/roles/cached";
import { siteUrl } from "@/lib/site";

/** One URL of the sitemap with its language versions (hreflang → URL, `x-default` included). */
export interface SitemapEntry {
  url: string;
  lastModified: string;
  changeFrequency: "daily" | "weekly";
  priority: number;
  alternates: { languages: Record<string, string> };
}

/**
 * The sitemap's URLs: the browse page, /insights, /about/axes, /jobs, every published role and every current (not expired)
 * opening, each in both locales (`/zh/…`, `/en/…`) with hreflang alternates (`zh-CN`, `en`, and `x-default` = the
 * locale-free path, as the pages' own `<head>` has them); a role's or opening's `lastmod` is its last change. Data:
 * published roles' and current openings' slugs and `updatedAt`. One file: fine up to the protocol's 50,000 URLs.
 */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [site, roles, openings] = await Promise.all([siteUrl(), listPublishedRoleStamps(), listCurrentOpeningStamps()]);
  const newest = roles.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), "1970-01-01T00:00:00.000Z");
  const entries = (path: string, lastModified: string, changeFrequency: "daily" | "weekly", priority: number) => {
    const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [LANGUAGE_TAG[l], `${site}${localePath(l, path)}`]));
    languages["x-default"] = `${site}${path === "/" ? "" : path}` || site;
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
    // The axes page lists every published role's last review, so it changes when the newest role does.
    ...entries("/about/axes", newest, "weekly", 0.4),
    ...entries("/jobs", openings.reduce((max, o) => (o.updatedAt > max ? o.updatedAt : max), newest), "daily", 0.9),
    ...roles.flatMap((r) => entries(`/roles/${r.slug}`, r.updatedAt, "weekly", 0.6)),
    ...openings.flatMap((o) => entries(`/jobs/${o.slug}`, o.updatedAt, "daily", 0.5)),
  ];
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The entries as a sitemaps.org 0.9 document. Inside each `<url>` the sitemaps.org elements come first, in the
 * schema's order (loc, lastmod, changefreq, priority), and the `xhtml:link` alternates after them: the schema allows
 * other namespaces only at the end (Next's own sitemap writer put them before lastmod, which the XSD rejects).
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const links = Object.entries(e.alternates.languages)
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${xml(lang)}" href="${xml(href)}" />`)
      .join("\n");
    return `<url>\n<loc>${xml(e.url)}</loc>\n<lastmod>${e.lastModified}</lastmod>\n<changefreq>${e.changeFrequency}</changefreq>\n<priority>${e.priority}</priority>\n${links}\n</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}
