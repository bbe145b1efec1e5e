import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/errors";
import { getPublishedOpening } from "@/lib/openings/cached";
import { withPublicCache } from "@/lib/http/public-cache";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /api/openings/[slug] — one published opening (OpeningDetail), current or expired (`expired: true`; its
 * apply link is then left out). Takes no query parameters: any is a 400. 404 JSON when no published opening
 * has the slug.
 */
async function handleGet(request: NextRequest, ctx: RouteContext<"/api/openings/[slug]">): Promise<NextResponse> {
  const { slug } = await ctx.params;
  const extra = [...request.nextUrl.searchParams.keys()];
  if (extra.length) {
    return jsonError(400, "Invalid query parameters", extra.map((p) => ({ parameter: p.slice(0, 40), message: `unknown parameter "${p.slice(0, 40)}" (this route takes none)` })));
  }
  const opening = await getPublishedOpening(slug);
  if (!opening) return jsonError(404, `No published opening with slug "${slug.slice(0, 120)}"`);
  return NextResponse.json(opening.expired ? { ...opening, applyUrl: null } : opening);
}

/**
 * GET, with public caching and ETag/304 (lib/http/public-cache.ts), answering 503 JSON when the database is lost
 * mid-request (lib/http/with-database.ts).
 */
export const GET = withDatabase(withPublicCache(handleGet));
