import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { AccessDenied } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/http/errors";
import { MULTIPART_OVERHEAD_BYTES } from "@/lib/http/limits";
import { isSameOrigin } from "@/lib/http/origin";
import { revalidateRoleViews } from "@/lib/roles/admin/revalidate";
import { IMPORT_MAX_BYTES, ImportFileError, importRoles, readImportFile } from "@/lib/roles/admin/transfer";

/**
 * POST /api/admin/import — multipart form: `file` (CSV or JSON, by name or `format` field), `dryRun` ("true" for a
 * report only). Creates listings (drafts) or updates them by slug; the real run is one transaction.
 * 200: ImportReport `{ dryRun, applied, rows: [{ row, slug, action, reasons, changedFields, changes, live }], counts,
 * liveUpdates }` (`changes`: each field an update row changes, before → after; `live`: the row changes a published
 * listing). Blank cells keep stored values; a `clear` column empties fields on purpose (lib/transfer/blank-cells.ts).
 * 422: the same report with applied false when any row is rejected (nothing changed).
 * 413: larger than IMPORT_MAX_BYTES (20 MiB, lib/http/limits.js); 400: unreadable file; 401/403: not signed in / not an admin; 403 also for a cross-site request.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  try {
    const actor = await requireStaff("admin");
    if (!isSameOrigin(request.headers)) return jsonError(403, "Cross-site request refused");
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > IMPORT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES) return jsonError(413, `The upload is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof Blob) || file.size === 0) return jsonError(400, "Attach a CSV or JSON file as `file`");
    const name = file instanceof File ? file.name.toLowerCase() : "";
    const format = form.get("format") === "json" || name.endsWith(".json") ? "json" : "csv";
    const records = readImportFile(await file.text(), format);
    const report = await importRoles(db(), actor, records, { dryRun: form.get("dryRun") === "true" });
    if (report.applied) revalidateRoleViews(report.rows.map((r) => r.slug));
    return NextResponse.json(report, { status: !report.dryRun && !report.applied ? 422 : 200 });
  } catch (err) {
    if (err instanceof AccessDenied) return jsonError(err.status, err.message);
    if (err instanceof ImportFileError) return jsonError(/larger than/.test(err.message) ? 413 : 400, err.message);
    throw err;
  }
}
