import { NextResponse } from "next/server";
import { markDatabaseDown } from "@/lib/health/availability";
import { readiness } from "@/lib/health/checks";

export const dynamic = "force-dynamic";

/**
 * GET /api/ready — readiness: the database (a `SELECT 1`) and, when REDIS_URL is set, Redis (`PING`) answer.
 * 200 `{ status: "ready", checks: { database: { status, latencyMs }, redis? } }` when all are up; 503 with
 * `status: "unavailable"`, `Retry-After: 5` and each failing check's `error` otherwise. Never cached.
 */
export async function GET(): Promise<NextResponse> {
  const report = await readiness();
  const ok = report.status === "ready";
  // The proxy need not wait for its own probe to learn of an outage this check just saw.
  if (report.checks.database.status === "down") markDatabaseDown();
  return NextResponse.json(report, {
    status: ok ? 200 : 503,
    headers: { "cache-control": "no-store", ...(ok ? {} : { "retry-after": "5" }) },
  });
}
