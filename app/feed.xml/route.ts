import type { NextRequest } from "next/server";
import { feedResponse } from "@/lib/roles/feed-response";
import { withPublicCache } from "@/lib/http/public-cache";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /feed.xml — RSS 2.0 feed of published roles, newest first, with the browse page's parameters (tier,
 * horizon, q, page, pageSize; sort omitted or `newest`). 200 `application/rss+xml`; 400 JSON
 * `{ error: { status, message, issues } }` for invalid parameters (same messages as GET /api/roles).
 */
function handleGet(request: NextRequest) {
  return feedResponse(request, "rss");
}

/**
 * GET, with public caching and ETag/304 (lib/http/public-cache.ts), answering 503 JSON when the database is lost
 * mid-request (lib/http/with-database.ts).
 */
export const GET = withDatabase(withPublicCache(handleGet));
