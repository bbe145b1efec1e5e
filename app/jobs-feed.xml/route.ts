import type { NextRequest } from "next/server";
import { openingFeedResponse } from "@/lib/openings/feed";
import { withPublicCache } from "@/lib/http/public-cache";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /jobs-feed.xml — RSS 2.0 of current openings, newest first, with the jobs page's parameters (sort left out
 * or `newest`). 200 `application/rss+xml`; 400 JSON `{ error: { status, message, issues } }` as GET /api/openings.
 */
function handleGet(request: NextRequest) {
  return openingFeedResponse(request, "rss");
}

/**
 * GET, with public caching and ETag/304 (lib/http/public-cache.ts), answering 503 JSON when the database is lost
 * mid-request (lib/http/with-database.ts).
 */
export const GET = withDatabase(withPublicCache(handleGet));
