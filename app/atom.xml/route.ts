import type { NextRequest } from "next/server";
import { feedResponse } from "@/lib/roles/feed-response";
import { withPublicCache } from "@/lib/http/public-cache";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /atom.xml — the same feed as /feed.xml in Atom 1.0 (`application/atom+xml`), same parameters and errors.
 */
function handleGet(request: NextRequest) {
  return feedResponse(request, "atom");
}

/**
 * GET, with public caching and ETag/304 (lib/http/public-cache.ts), answering 503 JSON when the database is lost
 * mid-request (lib/http/with-database.ts).
 */
export const GET = withDatabase(withPublicCache(handleGet));
