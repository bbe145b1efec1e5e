import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { AccessDenied } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/http/errors";
import { exportRoles, toCsv } from "@/lib/roles/admin/transfer";

/**
 * GET /api/admin/export?format=csv|json — every listing (all states, deleted ones too) as a download.
 * CSV: UTF-8 with BOM, header line, columns EXPORT_COLUMNS. JSON: `{ exportedAt, roles: [...] }`.
 * 401 without a session, 403 for editors, 400 for another format. Admins only.
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  try {
    const actor = await requireStaff("admin");
    const format = request.nextUrl.searchParams.get("format") ?? "csv";
    if (format !== "csv" && format !== "json") return jsonError(400, "format must be csv or json");
    const rows = await exportRoles(db(), actor);
    const stamp = new Date().toISOString().slice(0, 10);
    const body = format === "csv" ? toCsv(rows) : JSON.stringify({ exportedAt: new Date().toISOString(), roles: rows }, null, 2);
    return new NextResponse(body, {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="ai-jobs-atlas-roles-${stamp}.${format}"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    if (err instanceof AccessDenied) return jsonError(err.status, err.message);
    throw err;
  }
}
