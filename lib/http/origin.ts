import { trustedProxies } from "@/lib/auth/client-address";

/**
 * The hosts a request may legitimately come from, for same-origin checks on state-changing routes: SITE_URL's
 * host when set, the request's Host header, and X-Forwarded-Host when it comes through a trusted proxy (or when the
 * server cannot tell, i.e. without scripts/server.mjs). Lower case, with port.
 */
export function acceptedHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  if (process.env.SITE_URL) {
    try {
      hosts.add(new URL(process.env.SITE_URL).host.toLowerCase());
    } catch {}
  }
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const peer = process.env.ATLAS_PEER_HEADER === "1" ? (headers.get("x-atlas-peer") ?? "").replace(/^::ffff:/, "") : null;
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim().toLowerCase();
  if (forwardedHost && (peer === null || trustedProxies().has(peer))) hosts.add(forwardedHost);
  return hosts;
}

/**
 * True when the request's Origin header (if any) names one of acceptedHosts: the browser sent it from this site.
 * A request without Origin (curl, the CLI) passes; the route's own authorization still applies. Never throws.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  try {
    return acceptedHosts(headers).has(new URL(origin).host.toLowerCase());
  } catch {
    return false;
  }
}
