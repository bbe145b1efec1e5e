import type { NextRequest } from "next/server";
import { openingFeedResponse } from "@/lib/openings/feed";

/**
 * GET /jobs-atom.xml — Atom 1.0 of current openings, newest first, with the jobs page's parameters (sort left out
 * or `newest`). 200 `application/atom+xml`; 400 JSON `{ error: { status, message, issues } }` as GET /api/openings.
 */
export function GET(request: NextRequest) {
  return openingFeedResponse(request, "atom");
}
