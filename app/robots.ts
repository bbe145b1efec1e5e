import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site";

/** GET /robots.txt — everything public may be crawled except the admin, the API and staff sign-in. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = await siteUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/sign-in"] }],
    sitemap: `${site}/sitemap.xml`,
  };
}
