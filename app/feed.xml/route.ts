import type { NextRequest } from "next/server";
import { feedResponse } from "@/lib/roles/feed-response";

/**
 * GET /feed.xml — RSS 2.0 feed of published roles, newest first, with the browse page's parameters (tier,
 * horizon, q, page, pageSize; sort omitted or `newest`). 200 `application/rss+xml`; 400 JSON
 * `{ error: { status, message, issues } }` for invalid parameters (same messages as GET /api/roles).
 */
export function GET(request: NextRequest) {
  return feedResponse(request, "rss");
}
