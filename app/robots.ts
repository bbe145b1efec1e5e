import type { MetadataRoute } from "next";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site";

/**
 * GET /robots.txt — everything public may be crawled except the admin and staff sign-in (in every locale and
 * at the locale-free paths that redirect to them) and the API.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = await siteUrl();
  const staff = ["/admin", "/sign-in"];
  const disallow = [...staff, ...routing.locales.flatMap((l) => staff.map((p) => `/${l}${p}`)), "/api/"];
  return {
    rules: [{ userAgent: "*", allow: "/", disallow }],
    sitemap: `${site}/sitemap.xml`,
  };
}
