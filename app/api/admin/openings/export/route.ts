import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { AccessDenied } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/http/errors";
import { exportOpenings, openingsToCsv, openingsToJson } from "@/lib/openings/admin/transfer";

/**
 * GET /api/admin/openings/export?format=csv|json — every opening (all states, deleted ones too) as a download, in
 * our import columns (OPENING_EXPORT_COLUMNS), so the file imports back unchanged. CSV: UTF-8 with BOM, header
 * line. JSON: `{ exportedAt, openings: [...] }`. 401 without a session, 403 for editors, 400 for another format.
 * Admins only.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  try {
    const actor = await requireStaff("admin");
    const format = request.nextUrl.searchParams.get("format") ?? "csv";
    if (format !== "csv" && format !== "json") return jsonError(400, "format must be csv or json");
    const rows = await exportOpenings(db(), actor);
    const stamp = new Date().toISOString().slice(0, 10);
    return new NextResponse(format === "csv" ? openingsToCsv(rows) : openingsToJson(rows), {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="ai-jobs-atlas-openings-${stamp}.${format}"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    if (err instanceof AccessDenied) return jsonError(err.status, err.message);
    throw err;
  }
}
