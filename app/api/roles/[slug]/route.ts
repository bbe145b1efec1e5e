import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/errors";
import { getPublishedRole } from "@/lib/roles/cached";
import { currentSlugFor } from "@/lib/roles/redirects";
import { withPublicCache } from "@/lib/http/public-cache";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /api/roles/[slug] — one published role (RoleDetail: names, tier, horizon, summaries, descriptions,
 * contentOrigin, sourceName, publishedAt/updatedAt as ISO 8601; titleEn or titleZh may be "" when a role has only
 * the other). An old slug of a renamed role → 308 to its current URL. 404 JSON when no published role has the slug;
 * 400 for any query parameter (the route takes none, as the OpenAPI document says).
 */
async function handleGet(request: NextRequest, ctx: RouteContext<"/api/roles/[slug]">): Promise<NextResponse> {
  const { slug } = await ctx.params;
  const extra = [...request.nextUrl.searchParams.keys()];
  if (extra.length) {
    return jsonError(400, "Invalid query parameters", extra.map((p) => ({ parameter: p.slice(0, 40), message: `unknown parameter "${p.slice(0, 40)}" (this route takes none)` })));
  }
  const role = await getPublishedRole(slug);
  if (!role) {
    const current = await currentSlugFor(slug);
    if (current) return NextResponse.redirect(new URL(`/api/roles/${current}`, request.nextUrl), 308);
    return jsonError(404, `No published role with slug "${slug.slice(0, 120)}"`);
  }
  return NextResponse.json(role);
}

/**
 * GET, with public caching and ETag/304 (lib/http/public-cache.ts), answering 503 JSON when the database is lost
 * mid-request (lib/http/with-database.ts).
 */
export const GET = withDatabase(withPublicCache(handleGet));
