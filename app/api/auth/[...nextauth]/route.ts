import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { sanitizeAuthRequest } from "@/lib/auth/request";

/**
 * Auth.js endpoints (/api/auth/*: session, csrf, providers, callback/credentials, signout). Configuration:
 * lib/auth/config.ts. Each request first goes through sanitizeAuthRequest: a `callbackUrl` parameter or an
 * `authjs.callback-url` cookie that is not a safe path on this site (e.g. `%`, which Auth.js cannot decode and
 * answered with 500) is dropped, so Auth.js falls back to its default instead of failing.
 */
export function GET(request: NextRequest) {
  return handlers.GET(sanitizeAuthRequest(request));
}

/** See GET. */
export function POST(request: NextRequest) {
  return handlers.POST(sanitizeAuthRequest(request));
}
