import { createHash } from "node:crypto";

/** Public API answers: browsers and CDNs may reuse one for 60 s, and serve it stale for 5 min while refetching. */
export const PUBLIC_API_CACHE = "public, max-age=60, stale-while-revalidate=300";

/** True when an If-None-Match header names `etag` (or is `*`); weak and strong forms compare alike. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

/**
 * Wraps a public GET handler (API, feeds): a 200 answer gets PUBLIC_API_CACHE (unless the handler set its own
 * Cache-Control) and a strong ETag (SHA-1 of the body, base64url); a request whose If-None-Match names that ETag
 * gets 304 with no body. Other statuses pass through unchanged. Input: the handler; its first argument must be
 * the Request.
 */
export function withPublicCache<A extends [Request, ...unknown[]]>(handler: (...args: A) => Response | Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    const response = await handler(...args);
    if (response.status !== 200) return response;
    const body = new Uint8Array(await response.arrayBuffer());
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const headers = new Headers(response.headers);
    headers.set("etag", etag);
    if (!headers.has("cache-control")) headers.set("cache-control", PUBLIC_API_CACHE);
    if (matches(args[0].headers.get("if-none-match"), etag)) {
      headers.delete("content-length");
      headers.delete("content-type");
      return new Response(null, { status: 304, headers });
    }
    return new Response(body, { status: 200, headers });
  };
}
