import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/errors";
import { plainOpeningIssuesMessage } from "@/lib/openings/issue-messages";
import { listCurrentOpenings } from "@/lib/openings/cached";
import { parseOpeningQuery } from "@/lib/openings/query";
import type { OpeningListResult } from "@/lib/openings/types";
import { withPublicCache } from "@/lib/http/public-cache";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /api/openings — current openings (published, not expired), same parameters as the jobs page
 * (lib/openings/query.ts: tier, horizon, role, city, workplace, employment, experience (repeatable), salaryMin +
 * currency (+ period, salaryUnknown), posted, q, sort = newest | relevance | salary, page, pageSize ≤ 100, cursor).
 * 200: OpeningListResult `{ items, total, page, pageSize, facets, nextCursor }`; salaries as stated (never
 * converted), dates as YYYY-MM-DD, expiresAt ISO 8601.
 * 400: `{ error: { status, message, issues: [{ parameter, message }] } }` naming each invalid parameter.
 */
async function handleGet(request: NextRequest): Promise<NextResponse> {
  const parsed = parseOpeningQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, plainOpeningIssuesMessage(parsed.issues), parsed.issues);
  const result: OpeningListResult = await listCurrentOpenings(parsed.query, { correct: true });
  return NextResponse.json(result);
}

/**
 * GET, with public caching and ETag/304 (lib/http/public-cache.ts), answering 503 JSON when the database is lost
 * mid-request (lib/http/with-database.ts).
 */
export const GET = withDatabase(withPublicCache(handleGet));
