import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { FORM_MAX_BYTES, MULTIPART_OVERHEAD_BYTES, UPLOAD_MAX_BYTES } from "@/lib/http/limits";
import { allowedMethods, isAllowed } from "@/lib/http/methods";
import { isSameOrigin } from "@/lib/http/origin";
import { unavailableResponse } from "@/lib/http/unavailable";
import { databaseAvailable } from "@/lib/health/availability";
import { openingPageExists, rolePageExists } from "@/lib/http/page-exists";
import { applySecurityHeaders, cameOverHttps, createNonce, forwardRequestHeaders, pageCsp } from "@/lib/http/security-headers";

const localise = createMiddleware(routing);

/** Paths that are not pages: the API, Next's internals, and files (`/feed.xml`, `/robots.txt`, `/icon.svg`). */
const NOT_A_PAGE = /^\/(api|_next|_vercel)(\/|$)|\.[^/]*$/;

/** Routes that take a file upload; every other body (forms, server actions) has the form limit. */
const UPLOAD_ROUTES = /^\/api\/admin\/(openings\/)?import$/;

/**
 * 413 for a body larger than its route allows (lib/http/limits.js: uploads 20 MiB, forms 1 MiB), judged by
 * Content-Length before anything reads the body; null when it fits or has no length. API paths answer the JSON
 * error shape, pages a short text in both languages.
 */
function tooLarge(request: NextRequest): NextResponse | null {
  const length = Number(request.headers.get("content-length") ?? 0);
  const { pathname } = request.nextUrl;
  const upload = UPLOAD_ROUTES.test(pathname);
  const limit = upload ? UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD_BYTES : FORM_MAX_BYTES;
  if (!Number.isFinite(length) || length <= limit) return null;
  const mb = (upload ? UPLOAD_MAX_BYTES : FORM_MAX_BYTES) / 1024 / 1024;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { status: 413, message: `The request is larger than ${mb} MB` } }, { status: 413 });
  }
  return new NextResponse(`413 Payload Too Large: this form may send at most ${mb} MB; shorten the text and try again.\n413 请求过大：此表单最多可提交 ${mb} MB，请缩短内容后重试。\n`, {
    status: 413,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * Refusal of a cross-site server-action POST (a `Next-Action` header whose Origin names another host than the
 * request), which Next itself answered with 500: 403, in both languages. Null for anything else. A malformed body
 * is the action's own business: each checks its argument (lib/http/action-input.ts: 404) and the session. (The
 * body's type cannot be checked here: an action without arguments, such as sign-out, is sent as text/plain.)
 */
function refuseAction(request: NextRequest): NextResponse | null {
  if (!request.headers.has("next-action")) return null;
  const text = (status: number, en: string, zh: string) =>
    new NextResponse(`${status} ${en}\n${status} ${zh}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!isSameOrigin(request.headers)) return text(403, "Forbidden: cross-site form submission refused.", "禁止：拒绝跨站提交表单。");
  return null;
}

/**
 * 405 with `Allow` for a method a route handler does not answer (Next's own 405 has no `Allow`); null for paths
 * that are not route handlers and for allowed methods. API paths answer the JSON error shape.
 */
function refuseMethod(request: NextRequest): NextResponse | null {
  const allow = allowedMethods(request.nextUrl.pathname);
  if (!allow || isAllowed(request.method, allow)) return null;
  const message = `Method ${request.method} is not allowed here; allowed: ${allow}`;
  const headers = { allow };
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { status: 405, message } }, { status: 405, headers });
  }
  return new NextResponse(`405 ${message}.\n`, { status: 405, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}

/** Paths that answer without the database: health checks, the OpenAPI document, Next's files, static files. */
const NO_DATABASE = /^\/(api\/(health|ready|openapi\.json)|_next|_vercel)(\/|$)|^\/(robots\.txt|icon\.svg|favicon\.ico)$/;

/** A full language tag where the locale belongs (`/zh-CN/roles/x`, `/en_US`): people type these. */
const LANGUAGE_TAG_PREFIX = /^\/(zh|en)[-_][a-z0-9-_]+(?=\/|$)/i;

/**
 * Runs before routing.
 * 1. Rejects a path that is not valid percent-encoding (e.g. `/roles/%E0%A4%A`) with 400: Next would otherwise
 *    fail decoding the dynamic segment and answer 500. API paths get the JSON error shape.
 * 1a. Answers a method a route handler does not serve with 405 and `Allow` (refuseMethod; lib/http/methods.ts).
 * 1b. Refuses a body larger than its route allows with 413 (tooLarge), before Next buffers it, and malformed or
 *     cross-site server-action POSTs with 403 (refuseAction), which Next answered with 500.
 * 1c. While the database is unreachable (lib/health/availability.ts, probed at most once a second), everything
 *     that needs it answers 503 with Retry-After: pages a bilingual "temporarily unavailable" page, the API and
 *     the feeds the JSON error shape (lib/http/unavailable.ts); health checks and static files still answer.
 * 2. A language tag in the locale's place (`/zh-CN/…`, `/en-us/…`) is redirected (308) to the locale (`/zh/…`).
 * 3. Pages: next-intl's locale routing. A path without `/zh` or `/en` is redirected (307) to the same path and
 *    query under the locale from the NEXT_LOCALE cookie, else `Accept-Language`, else English; a locale path
 *    passes through and its locale is remembered in the cookie.
 * 3a. A GET/HEAD of `/<locale>/roles/<slug>` or `/<locale>/jobs/<slug>` whose page would answer 404 (an indexed
 *     lookup with the pages' own conditions, lib/http/page-exists.ts; a renamed role's old slug keeps its 308) is
 *     rewritten to the unmatched `/<locale>/__not-found`, so the 404 is app/not-found.tsx, complete in the server
 *     HTML, instead of the empty shell of a notFound() thrown mid-render. The pages still call notFound() too.
 * 4. Every response, whatever answered it, gets the security headers (lib/http/security-headers.ts): pages a
 *    nonce CSP (a new nonce per request, passed on to the page as `x-nonce`), everything else `default-src 'none'`;
 *    frame-ancestors 'none' and X-Frame-Options DENY, nosniff, Referrer-Policy, Permissions-Policy, and HSTS when
 *    the request came over https.
 * This is not an access check; authorization lives in each route handler and server action.
 */
export async function proxy(request: NextRequest) {
  const https = cameOverHttps(request.headers);
  const nonce = NOT_A_PAGE.test(request.nextUrl.pathname) ? undefined : createNonce();
  const csp = nonce ? pageCsp(nonce, { https, dev: process.env.NODE_ENV === "development" }) : undefined;
  const response = await route(request, nonce);
  // Next reads the policy (and so the nonce for its own scripts) from the request; the layout reads x-nonce.
  if (nonce && csp) forwardRequestHeaders(response, request.headers, { "x-nonce": nonce, "content-security-policy": csp });
  return applySecurityHeaders(response, { csp, https });
}

/** The routing steps 1–3 above; `nonce` is the page's CSP nonce (for the 503 page's style). */
async function route(request: NextRequest, nonce: string | undefined): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    const message = "The URL path is not valid percent-encoded UTF-8";
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: { status: 400, message } }, { status: 400 });
    }
    // No page can render for it (its locale is unreadable too), so both languages.
    return new NextResponse(`400 Bad Request: ${message}.\n400 错误请求：网址路径不是有效的 UTF-8 百分号编码。\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  // Size first: an oversized body is refused before anything else looks at the request.
  const refused = (hasBody ? tooLarge(request) : null) ?? refuseMethod(request) ?? (hasBody ? refuseAction(request) : null);
  if (refused) return refused;
  if (!NO_DATABASE.test(pathname) && !(await databaseAvailable())) return unavailableResponse(pathname, nonce);
  if (NOT_A_PAGE.test(pathname)) return NextResponse.next();
  const tag = LANGUAGE_TAG_PREFIX.exec(pathname);
  if (tag) {
    const url = request.nextUrl.clone();
    url.pathname = `/${tag[1]!.toLowerCase()}${pathname.slice(tag[0].length)}`;
    return NextResponse.redirect(url, 308);
  }
  const response = localise(request);
  return (request.method === "GET" || request.method === "HEAD") && (await unknownSlug(pathname)) ? toNotFound(response, request) : response;
}

/** `/<locale>/roles/<slug>` and `/<locale>/jobs/<slug>` (one segment, trailing slash allowed). */
const DETAIL_PAGE = /^\/(en|zh)\/(roles|jobs)\/([^/]+)\/?$/;

/**
 * True when `pathname` is a role or opening page whose slug the page would answer with 404 (lib/http/page-exists.ts,
 * the pages' own conditions; a renamed role's old slug still counts as existing, for its 308). False otherwise.
 */
async function unknownSlug(pathname: string): Promise<boolean> {
  const match = DETAIL_PAGE.exec(pathname);
  if (!match) return false;
  const slug = decodeURIComponent(match[3]!);
  return !(await (match[2] === "roles" ? rolePageExists(slug) : openingPageExists(slug)));
}

/**
 * Turns next-intl's pass-through `response` into a rewrite to `/<locale>/__not-found`, a path no route matches, so
 * Next serves app/not-found.tsx at the routing level (full HTML with `lang`, status 404) while keeping next-intl's
 * request headers (the locale) and cookie. A redirect from next-intl is left alone.
 */
function toNotFound(response: NextResponse, request: NextRequest): NextResponse {
  if (response.headers.has("location")) return response;
  const url = request.nextUrl.clone();
  url.pathname = `/${request.nextUrl.pathname.split("/")[1]}/__not-found`;
  url.search = "";
  response.headers.delete("x-middleware-next");
  response.headers.set("x-middleware-rewrite", url.toString());
  return response;
}

export const config = {
  // Every path, static assets included: a malformed one there would otherwise reach Next's decoder (500).
  matcher: ["/:path*"],
};
