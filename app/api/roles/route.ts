import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/errors";
import { plainIssuesMessage } from "@/lib/roles/issue-messages";
import { listPublishedRoles } from "@/lib/roles/cached";
import { parseRoleQuery } from "@/lib/roles/query";
import type { RoleListResult } from "@/lib/roles/types";
import { withPublicCache } from "@/lib/http/public-cache";
import { withDatabase } from "@/lib/http/with-database";

/**
 * GET /api/roles — published roles, same parameters as the browse page (lib/roles/query.ts: tier, horizon
 * (repeatable), q, page, pageSize ≤ 100, sort = title | newest).
 * 200: RoleListResult `{ items, total, page, pageSize, facets }`.
 * 400: `{ error: { status, message, issues: [{ parameter, message }] } }` naming each invalid parameter.
 */
async function handleGet(request: NextRequest): Promise<NextResponse> {
  const parsed = parseRoleQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, plainIssuesMessage(parsed.issues), parsed.issues);
  const result: RoleListResult = await listPublishedRoles(parsed.query, { correct: true });
  return NextResponse.json(result);
}

/**
 * GET, with public caching and ETag/304 (lib/http/public-cache.ts), answering 503 JSON when the database is lost
 * mid-request (lib/http/with-database.ts).
 */
export const GET = withDatabase(withPublicCache(handleGet));
