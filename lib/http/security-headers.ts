import { trustedProxies } from "@/lib/auth/client-address";

/*
 * Security headers of every response (set by proxy.ts, which sees every path). Pages get a Content Security
 * Policy with a fresh nonce per request: Next puts it on its own scripts (it reads the policy from the request
 * headers) and the root layout on the theme script (`x-nonce`), and 'strict-dynamic' lets those scripts load the
 * bundles. Styles allow 'unsafe-inline' (React and the charts set style attributes; Observatory does not penalise
 * it in style-src). Everything else (API JSON, feeds, files) gets `default-src 'none'`.
 */

/** A fresh CSP nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page policy for `nonce`. `https`: add upgrade-insecure-requests (over plain http it would break every
 * same-origin asset). `dev`: React's development build needs eval.
 */
export function pageCsp(nonce: string, { https = false, dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The policy of responses that are not pages: nothing may load, nothing may frame them. */
export const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Powerful features no page of ours uses, switched off for us and anything we embed. */
export const PERMISSIONS_POLICY =
  "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=(), browsing-topics=()";

/** HSTS: two years, subdomains included (sent only over https, where browsers honour it). */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * True when the request reached us over https, which for our plain-http server (scripts/server.mjs) means
 * X-Forwarded-Proto from a trusted proxy (TRUSTED_PROXIES; the peer is `x-atlas-peer`). Without a known peer (a
 * bare `next start`) the header is believed, as lib/http/origin.ts does for X-Forwarded-Host. (Not the URL's
 * scheme: Next derives that from the same header, whoever sent it.)
 */
export function cameOverHttps(headers: Headers): boolean {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (proto !== "https") return false;
  const peer = process.env.ATLAS_PEER_HEADER === "1" ? (headers.get("x-atlas-peer") ?? "").replace(/^::ffff:/, "") : null;
  return peer === null || trustedProxies().has(peer);
}

/**
 * Sets the security headers on `response` (mutates and returns it). `csp`: the page policy, or omitted for
 * RESOURCE_CSP. `https`: add HSTS.
 */
export function applySecurityHeaders<R extends { headers: Headers }>(response: R, { csp, https }: { csp?: string; https: boolean }): R {
  const h = response.headers;
  h.set("content-security-policy", csp ?? RESOURCE_CSP);
  h.set("x-frame-options", "DENY");
  h.set("x-content-type-options", "nosniff");
  h.set("referrer-policy", "strict-origin-when-cross-origin");
  h.set("permissions-policy", PERMISSIONS_POLICY);
  h.set("cross-origin-opener-policy", "same-origin");
  if (https) h.set("strict-transport-security", HSTS);
  return response;
}

/**
 * Passes extra request headers on to the route behind a proxy response (what `NextResponse.next({ request })`
 * does), merged with any the response already forwards (next-intl forwards its locale this way).
 */
export function forwardRequestHeaders(response: { headers: Headers }, request: Headers, extra: Record<string, string>): void {
  const h = response.headers;
  const listed = h.get("x-middleware-override-headers");
  const names = new Set(listed ? listed.split(",").map((n) => n.trim()).filter(Boolean) : [...request.keys()]);
  if (!listed) for (const [k, v] of request) h.set(`x-middleware-request-${k}`, v);
  for (const [k, v] of Object.entries(extra)) {
    names.add(k);
    h.set(`x-middleware-request-${k}`, v);
  }
  h.set("x-middleware-override-headers", [...names].join(","));
}
