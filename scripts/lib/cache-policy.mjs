// Cache-Control of pages, decided in scripts/server.mjs just before the headers go out. Next marks every
// dynamically rendered page `private, no-cache, no-store, max-age=0, must-revalidate`, which also keeps browsers
// from putting it in the back/forward cache. Public pages seen by a visitor without a session get a short shared
// cache instead; the admin, sign-in and anything for a signed-in person stay `private, no-store`.
//
// The nonce CSP and caching: a cached copy replays one response's CSP header together with the very HTML it
// matches, so the nonce still only admits the scripts we rendered; new content means a new render with a new nonce.

/** Public pages: browsers revalidate (max-age=0, but not no-store: bfcache works), shared caches keep 30 s. */
export const PUBLIC_PAGE_CACHE = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";
/**
 * A public page that sets a cookie (next-intl's NEXT_LOCALE on a first visit): no shared cache may keep a
 * Set-Cookie, but the browser may (revalidating each time), so bfcache still works.
 */
export const PRIVATE_REVALIDATE = "private, no-cache";
/** Staff and signed-in responses. */
export const PRIVATE_NO_STORE = "private, no-store";

const PAGE = /^\/(en|zh)(\/|$)/;
/** Staff pages, and the alert pages whose links carry a personal token (the manage page shows the address). */
const STAFF_PAGE = /^\/(en|zh)\/(admin|sign-in|alerts)(\/|$)/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/**
 * The Cache-Control a page response should carry, or null to leave Next's. Input: method, path (no query),
 * request Cookie header, status, and whether the response sets a cookie. Output: PRIVATE_NO_STORE for staff pages
 * and any request with a session cookie; for a 200 GET/HEAD of a public page PUBLIC_PAGE_CACHE, or
 * PRIVATE_REVALIDATE when it sets a cookie; null otherwise (API routes, files, errors and redirects keep what
 * their handler chose).
 */
export function pageCacheControl({ method, path, cookie, status, setsCookie }) {
  if (!PAGE.test(path)) return null;
  if (STAFF_PAGE.test(path) || SESSION_COOKIE.test(cookie ?? "")) return PRIVATE_NO_STORE;
  if ((method === "GET" || method === "HEAD") && status === 200) return setsCookie ? PRIVATE_REVALIDATE : PUBLIC_PAGE_CACHE;
  return null;
}
