import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/errors";
import { listCurrentOpenings } from "@/lib/openings/data";
import { parseOpeningQuery } from "@/lib/openings/query";
import type { OpeningListResult } from "@/lib/openings/types";

/**
 * GET /api/openings — current openings (published, not expired), same parameters as the jobs page
 * (lib/openings/query.ts: tier, horizon, role, city, workplace, employment, experience (repeatable), salaryMin +
 * currency (+ period, salaryUnknown), posted, q, sort = newest | relevance | salary, page, pageSize ≤ 100, cursor).
 * 200: OpeningListResult `{ items, total, page, pageSize, facets, nextCursor }`; salaries as stated (never
 * converted), dates as YYYY-MM-DD, expiresAt ISO 8601.
 * 400: `{ error: { status, message, issues: [{ parameter, message }] } }` naming each invalid parameter.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const parsed = parseOpeningQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, "Invalid query parameters", parsed.issues);
  const result: OpeningListResult = await listCurrentOpenings(parsed.query, new Date(), { correct: true });
  return NextResponse.json(result);
}
