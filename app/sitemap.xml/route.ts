import { sitemapEntries, sitemapXml } from "@/lib/seo/sitemap";

/**
 * GET /sitemap.xml — every public URL in both locales with hreflang alternates (lib/seo/sitemap.ts), valid against
 * the sitemaps.org 0.9 schema. 200 `application/xml`.
 */
export async function GET(): Promise<Response> {
  return new Response(sitemapXml(await sitemapEntries()), {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
