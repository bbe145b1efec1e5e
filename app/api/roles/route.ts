import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/errors";
import { listPublishedRoles } from "@/lib/roles/data";
import { parseRoleQuery } from "@/lib/roles/query";
import type { RoleListResult } from "@/lib/roles/types";

/**
 * GET /api/roles — published roles, same parameters as the browse page (lib/roles/query.ts: tier, horizon
 * (repeatable), q, page, pageSize ≤ 100, sort = title | newest).
 * 200: RoleListResult `{ items, total, page, pageSize, facets }`.
 * 400: `{ error: { status, message, issues: [{ parameter, message }] } }` naming each invalid parameter.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const parsed = parseRoleQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, "Invalid query parameters", parsed.issues);
  const result: RoleListResult = await listPublishedRoles(parsed.query, { correct: true });
  return NextResponse.json(result);
}
