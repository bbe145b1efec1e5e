import "server-only";
import { headers } from "next/headers";

/** Name of the site as shown in titles, feeds and Open Graph. */
export const SITE_NAME = "AI Jobs Atlas · AI 岗位图谱";

/** Host names (with port, lower case) a request may name when SITE_URL is unset: ALLOWED_HOSTS, comma-separated. */
function allowedHosts(): string[] {
  return (process.env.ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
}

/**
 * The public origin for absolute URLs (canonical links, Open Graph, sitemap, robots, feeds, OpenAPI `servers`),
 * without a trailing slash:
 * 1. `SITE_URL` when set (set it in production);
 * 2. else the request's host (`X-Forwarded-Host`, else `Host`, with `X-Forwarded-Proto`) when it is in
 *    `ALLOWED_HOSTS`, or in development, where any host is fine;
 * 3. else `http://localhost:<PORT>`: in production an unknown Host header never reaches a cached feed or page.
 * Throws when SITE_URL is set but not an http(s) URL.
 */
export async function siteUrl(): Promise<string> {
  const configured = process.env.SITE_URL;
  if (configured) {
    const url = new URL(configured);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("SITE_URL must be an http(s) URL");
    return url.origin;
  }
  const fallback = `http://localhost:${process.env.PORT ?? 3000}`;
  const h = await headers();
  const host = (h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "").toLowerCase();
  if (!host || !/^[a-z0-9.\-:[\]]+$/.test(host)) return fallback;
  const trusted = process.env.NODE_ENV !== "production" || allowedHosts().includes(host);
  if (!trusted) return fallback;
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
