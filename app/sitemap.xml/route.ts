import { sitemapEntries, sitemapXml } from "@/lib/seo/sitemap";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /sitemap.xml — every public URL in both locales with hreflang alternates (lib/seo/sitemap.ts), valid against
 * the sitemaps.org 0.9 schema. 200 `application/xml`.
 */
async function handleGet(): Promise<Response> {
  return new Response(sitemapXml(await sitemapEntries()), {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}

/** GET, answering 503 JSON when the database is lost mid-request (lib/http/with-database.ts). */
export const GET = withDatabase(handleGet);
