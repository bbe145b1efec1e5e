import { NextRequest } from "next/server";
import { safeRedirectPath } from "./redirect";

/** Auth.js's cookie holding where to go after sign-in (with the __Secure- prefix on https). */
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/**
 * True when `value` is a usable after-sign-in target once percent-decoded (Auth.js decodes it again): it decodes,
 * and is a safe path on this site (safeRedirectPath) or an absolute URL of `origin`.
 */
function acceptable(value: string, origin: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return false;
  }
  if (decoded.startsWith("/")) return safeRedirectPath(decoded, "") !== "";
  try {
    return new URL(decoded).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The request Auth.js should see: the same request, minus a `callbackUrl` query parameter and an
 * `authjs.callback-url` cookie that are not acceptable targets (undecodable percent-encoding such as `%`, other
 * origins, control characters). Auth.js answered those with 500, and a bad cookie made a signed-in admin look signed
 * out. Input: the incoming request. Output: the request unchanged when nothing had to go, else a copy (same
 * method, headers and body). Never throws.
 */
export function sanitizeAuthRequest(request: NextRequest): NextRequest {
  const url = request.nextUrl.clone();
  const origin = url.origin;
  let changed = false;
  for (const value of url.searchParams.getAll("callbackUrl")) {
    if (!acceptable(value, origin)) {
      url.searchParams.delete("callbackUrl");
      changed = true;
      break;
    }
  }
  // The raw header, not request.cookies: Next's parser silently skips a value it cannot decode (`%`), which
  // Auth.js's own parser then reads and fails on.
  const headers = new Headers(request.headers);
  const pairs = (request.headers.get("cookie") ?? "").split(";").map((p) => p.trim()).filter(Boolean);
  const kept = pairs.filter((pair) => {
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq).trim();
    return !(CALLBACK_COOKIES.includes(name) && !acceptable(eq < 0 ? "" : pair.slice(eq + 1).trim(), origin));
  });
  if (kept.length !== pairs.length) {
    changed = true;
    if (kept.length) headers.set("cookie", kept.join("; "));
    else headers.delete("cookie");
  }
  if (!changed) return request;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const init = { method: request.method, headers, body: hasBody ? request.body : undefined, ...(hasBody ? { duplex: "half" } : {}) };
  return new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
}
