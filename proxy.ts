import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";

/**
 * Runs before routing. Rejects a path that is not valid percent-encoding (e.g. `/roles/%E0%A4%A`) with 400:
 * Next would otherwise fail decoding the dynamic segment and answer 500. API paths get the JSON error shape.
 * This is not an access check; authorization lives in each route handler and server action.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    const message = "The URL path is not valid percent-encoded UTF-8";
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: { status: 400, message } }, { status: 400 });
    }
    return new NextResponse(`400 Bad Request: ${message}.`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

export const config = {
  // Static assets and Next's internals never carry user-typed paths.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
