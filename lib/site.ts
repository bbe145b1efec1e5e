import "server-only";
import { headers } from "next/headers";

/** Name of the site as shown in titles, feeds and Open Graph. */
export const SITE_NAME = "AI Jobs Atlas · AI 岗位图谱";

/**
 * The public origin for absolute URLs (canonical links, Open Graph, sitemap, robots, feeds), without a trailing
 * slash. `SITE_URL` when set (set it in production: it must not depend on a request's Host header); otherwise the
 * current request's `X-Forwarded-Proto`/`X-Forwarded-Host` or `Host`, else `http://localhost:3000`.
 * Throws when SITE_URL is set but not an http(s) URL.
 */
export async function siteUrl(): Promise<string> {
  const configured = process.env.SITE_URL;
  if (configured) {
    const url = new URL(configured);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("SITE_URL must be an http(s) URL");
    return url.origin;
  }
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host");
  if (!host || !/^[a-z0-9.\-:[\]]+$/i.test(host)) return "http://localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
