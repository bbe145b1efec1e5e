import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { AccessDenied } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { jsonError } from "@/lib/http/errors";
import { MULTIPART_OVERHEAD_BYTES } from "@/lib/http/limits";
import { isSameOrigin } from "@/lib/http/origin";
import { EMPLOYMENT_TYPES, WORKPLACE_TYPES } from "@/lib/openings/constants";
import { detectFormat } from "@/lib/openings/import/formats";
import { revalidateOpeningViews } from "@/lib/openings/admin/revalidate";
import { IMPORT_FORMATS, IMPORT_MAX_BYTES, type ImportFormat, importOpenings, OpeningsFileError, touchedByImport } from "@/lib/openings/admin/transfer";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim() : "";
};

/**
 * POST /api/admin/openings/import — multipart form: `file` (our CSV or JSON, a Greenhouse job board or Lever
 * postings JSON), `format` (csv, json, greenhouse, lever; empty or "auto" = detected from the content), `dryRun`
 * ("true" for a report only), optionally `roleSlug` (the role of new rows that name none) or `roleByTitle`
 * ("true": the title rules decide), and for ATS files `employerName`, `employmentType`, `workplaceType`,
 * `timeZone` (what the ATS does not publish). Rows whose externalId or slug names a stored opening update it
 * (blank cells keep stored values; a `clear` column empties fields on purpose); other rows create drafts; the real
 * run is one transaction. Same answers as POST /api/admin/import:
 * 200: OpeningImportReport `{ format, dryRun, applied, rows: [{ row, label, slug, externalId, action, reasons, notes,
 * role, changedFields, changes, live, duplicateOf }], counts, liveUpdates, duplicates, warnings }`.
 * 422: the same report with applied false when any row is refused (nothing changed).
 * 413: larger than 20 MiB (lib/http/limits.js); 400: unreadable file or bad options; 401/403: not signed in / not an admin; 403 also for a cross-site request.
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
    const content = await file.text();
    const requested = text(form, "format");
    if (requested && requested !== "auto" && !IMPORT_FORMATS.includes(requested as ImportFormat)) {
      return jsonError(400, `format must be one of auto, ${IMPORT_FORMATS.join(", ")}`);
    }
    const format = requested && requested !== "auto" ? (requested as ImportFormat) : detectFormat(content, file instanceof File ? file.name : "");
    const roleSlug = text(form, "roleSlug").toLowerCase();
    if (roleSlug && !SLUG.test(roleSlug)) return jsonError(400, "roleSlug must be a role's slug");
    const employmentType = text(form, "employmentType");
    if (employmentType && !EMPLOYMENT_TYPES.includes(employmentType as never)) return jsonError(400, `employmentType must be one of ${EMPLOYMENT_TYPES.join(", ")}`);
    const workplaceType = text(form, "workplaceType");
    if (workplaceType && !WORKPLACE_TYPES.includes(workplaceType as never)) return jsonError(400, `workplaceType must be one of ${WORKPLACE_TYPES.join(", ")}`);
    const report = await importOpenings(db(), actor, content, {
      format,
      dryRun: form.get("dryRun") === "true",
      ...(roleSlug ? { roleSlug } : {}),
      ...(form.get("roleByTitle") === "true" ? { roleByTitle: true } : {}),
      ...(text(form, "employerName") ? { employerName: text(form, "employerName") } : {}),
      ...(employmentType ? { employmentType: employmentType as (typeof EMPLOYMENT_TYPES)[number] } : {}),
      ...(workplaceType ? { workplaceType: workplaceType as (typeof WORKPLACE_TYPES)[number] } : {}),
      ...(text(form, "timeZone") ? { timeZone: text(form, "timeZone") } : {}),
    });
    if (report.applied) {
      const touched = touchedByImport(report);
      revalidateOpeningViews(touched.slugs);
    }
    return NextResponse.json(report, { status: !report.dryRun && !report.applied ? 422 : 200 });
  } catch (err) {
    if (err instanceof AccessDenied) return jsonError(err.status, err.message);
    if (err instanceof OpeningsFileError) return jsonError(/larger than/.test(err.message) ? 413 : 400, err.message);
    throw err;
  }
}
