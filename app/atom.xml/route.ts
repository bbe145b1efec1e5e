import type { NextRequest } from "next/server";
import { feedResponse } from "@/lib/roles/feed-response";

/**
 * GET /atom.xml — the same feed as /feed.xml in Atom 1.0 (`application/atom+xml`), same parameters and errors.
 */
export function GET(request: NextRequest) {
  return feedResponse(request, "atom");
}
