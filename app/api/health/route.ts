import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * GET /api/health — liveness: the process is up and serving. Touches no dependency (see /api/ready for those).
 * 200 `{ status: "ok", uptimeSeconds }`, `Cache-Control: no-store`.
 */
export function GET(): NextResponse {
  return NextResponse.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "cache-control": "no-store" } },
  );
}
