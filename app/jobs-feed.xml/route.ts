import type { NextRequest } from "next/server";
import { openingFeedResponse } from "@/lib/openings/feed";

/**
 * GET /jobs-feed.xml — RSS 2.0 of current openings, newest first, with the jobs page's parameters (sort left out
 * or `newest`). 200 `application/rss+xml`; 400 JSON `{ error: { status, message, issues } }` as GET /api/openings.
 */
export function GET(request: NextRequest) {
  return openingFeedResponse(request, "rss");
}
