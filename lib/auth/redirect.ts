import { routing } from "@/lib/i18n/routing";

/**
 * Where a signed-in user goes when the requested target is missing or not acceptable and the caller gave no
 * fallback. Pages and actions pass the admin home in their own locale instead (`/zh/admin`, `/en/admin`); this
 * locale-free path is redirected to a locale by the proxy.
 */
export const DEFAULT_AFTER_SIGN_IN = "/admin";

// Back to a sign-in page (locale-free or in any locale) or into Auth.js's own endpoints would only loop.
const LOOPING = new RegExp(`^/(((${routing.locales.join("|")})/)?sign-in|api/auth)(/|$)`);

/**
 * The path to send a user to after sign-in: `target` when it is a path on this site, otherwise `fallback`.
 * Accepts only strings that start with a single "/" (not "//", not "/\", no control characters or backslashes,
 * at most 2,000 characters) and that resolve to the same origin; never throws. Absolute URLs, protocol-relative
 * URLs ("//evil.example"), other schemes ("javascript:"), malformed values, the sign-in page (`/sign-in`,
 * `/zh/sign-in`, `/en/sign-in`) and Auth.js's endpoints (`/api/auth/…`) all give `fallback`.
 * Output: a path with its query and fragment, e.g. "/zh/admin/roles/x?tab=history".
 */
export function safeRedirectPath(target: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2000) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || /[\\\u0000-\u001F\u007F]/.test(target)) return fallback;
  try {
    const base = "http://atlas.invalid";
    const url = new URL(target, base);
    if (url.origin !== base) return fallback;
    // Decoding must succeed too: a path Next cannot decode would end in a 400 after sign-in.
    const decoded = decodeURIComponent(url.pathname);
    if (url.pathname.startsWith("//")) return fallback;
    // Checked decoded as well, in case a router matches `/zh/%73ign-in` as the sign-in page.
    if (LOOPING.test(url.pathname) || LOOPING.test(decoded)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
