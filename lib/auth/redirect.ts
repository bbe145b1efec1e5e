/** Where a signed-in user goes when the requested target is missing or not acceptable. */
export const DEFAULT_AFTER_SIGN_IN = "/admin";

/**
 * The path to send a user to after sign-in: `target` when it is a path on this site, otherwise `fallback`.
 * Accepts only strings that start with a single "/" (not "//", not "/\", no control characters or backslashes,
 * at most 2,000 characters) and that resolve to the same origin; never throws. Absolute URLs, protocol-relative
 * URLs ("//evil.example"), other schemes ("javascript:") and malformed values all give `fallback`.
 * Output: a path with its query and fragment, e.g. "/admin/roles/x?tab=history".
 */
export function safeRedirectPath(target: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2000) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || /[\\\u0000-\u001F\u007F]/.test(target)) return fallback;
  try {
    const base = "http://atlas.invalid";
    const url = new URL(target, base);
    if (url.origin !== base) return fallback;
    // Decoding must succeed too: a path Next cannot decode would end in a 400 after sign-in.
    decodeURIComponent(url.pathname);
    if (url.pathname.startsWith("//")) return fallback;
    // Back to the sign-in page or into Auth.js's own endpoints would only loop.
    if (/^\/(sign-in|api\/auth)(\/|$)/.test(url.pathname)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
