import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http";
import { getPublishedRole } from "@/lib/roles/data";

/**
 * GET /api/roles/[slug] — one published role (RoleDetail: names, tier, horizon, summaries, descriptions,
 * contentOrigin, sourceName, publishedAt/updatedAt as ISO 8601). 404 JSON when no published role has the slug.
 */
export async function GET(_request: NextRequest, ctx: RouteContext<"/api/roles/[slug]">): Promise<NextResponse> {
  const { slug } = await ctx.params;
  const role = await getPublishedRole(slug);
  if (!role) return jsonError(404, `No published role with slug "${slug.slice(0, 120)}"`);
  return NextResponse.json(role);
}
