import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/errors";
import { plainIssuesMessage } from "@/lib/roles/issue-messages";
import { siteUrl } from "@/lib/site";
import { listPublishedRoles } from "./cached";
import { describeFilters } from "./describe";
import { FEED_CONTENT_TYPES, type FeedFormat, parseFeedQuery, renderRoleFeed } from "./feed";

/**
 * The feed routes' whole work: parse the URL with the query contract (newest first), call listPublishedRoles as
 * the browse page does, render the feed. 400 JSON error for invalid parameters; database errors propagate (500).
 */
export async function feedResponse(request: NextRequest, format: FeedFormat): Promise<NextResponse> {
  const parsed = parseFeedQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, plainIssuesMessage(parsed.issues), parsed.issues);
  const result = await listPublishedRoles(parsed.query);
  const body = renderRoleFeed(format, result, parsed.query, await siteUrl(), describeFilters(parsed.query, "en"));
  return new NextResponse(body, {
    headers: { "content-type": FEED_CONTENT_TYPES[format], "cache-control": "public, max-age=300" },
  });
}
