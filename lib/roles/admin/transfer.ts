import { UPLOAD_MAX_BYTES } from "@/lib/http/limits";
import { randomUUID } from "node:crypto";
import { parse as parseCsv } from "csv-parse/sync";
import { stringify as stringifyCsv } from "csv-stringify/sync";
import { changesJson, diffFields } from "@/lib/audit/log";
import { type Actor, assertRole } from "@/lib/auth/roles";
import type { Prisma, PrismaClient, Role } from "@/lib/generated/prisma/client";
import { HORIZON_FROM_DB, roleColumns, roleSnapshot, type StoredRole, TIER_FROM_DB } from "@/lib/roles/admin/service";
import { overlayImportRow } from "@/lib/transfer/blank-cells";
import { formValues, parseRoleForm, ROLE_FIELDS, type RoleFormValues, type RoleInput, type RoleIssues } from "@/lib/roles/admin/form";
import { englishImportReason, type ImportReason, reason } from "@/lib/transfer/reasons";
import { baseSlug, firstFreeSlug } from "@/lib/roles/admin/slug";

/*
 * Export and import of listings as CSV (RFC 4180 via csv-parse / csv-stringify) or JSON. Import creates or updates
 * listings by slug: a dry run reports per row what would happen and why a row is rejected; the real run re-plans
 * inside one transaction and applies everything or nothing. Admins only.
 */

/** Largest upload accepted (bytes). */
/** Largest import file accepted (bytes): the site's one upload limit (lib/http/limits.js). */
export const IMPORT_MAX_BYTES = UPLOAD_MAX_BYTES;
/** Most rows one import may carry. */
export const IMPORT_MAX_ROWS = 20_000;

/** Columns of the export, in order. Import reads the listing fields (and `version`); other columns are ignored. */
export const EXPORT_COLUMNS = [...ROLE_FIELDS, "status", "deleted", "version", "publishedAt", "createdAt", "updatedAt"] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

/** One listing as exported: the form's fields in their form spelling plus state and timestamps. */
export function exportRow(r: Role): ExportRow {
  return {
    titleEn: r.titleEn,
    titleZh: r.titleZh,
    slug: r.slug,
    summaryEn: r.summaryEn,
    summaryZh: r.summaryZh,
    descriptionEn: r.descriptionEn,
    descriptionZh: r.descriptionZh,
    tier: TIER_FROM_DB(r.tier),
    horizon: HORIZON_FROM_DB(r.horizon),
    sourceName: r.sourceName ?? "",
    status: r.status.toLowerCase(),
    deleted: r.deletedAt !== null,
    version: r.version,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Every listing (deleted ones too), by slug. Admins only. */
export async function exportRoles(prisma: PrismaClient, actor: Actor): Promise<ExportRow[]> {
  assertRole(actor, "admin");
  const roles = await prisma.role.findMany({ orderBy: { slug: "asc" } });
  return roles.map(exportRow);
}

/** The rows as CSV text with a header line (UTF-8 BOM first, so spreadsheet programs read Chinese correctly). */
export function toCsv(rows: ExportRow[]): string {
  return `\uFEFF${stringifyCsv(rows, { header: true, columns: [...EXPORT_COLUMNS], cast: { boolean: (b) => (b ? "true" : "false") } })}`;
}

export type ImportFormat = "csv" | "json";

/** Thrown when the file as a whole cannot be read (not CSV/JSON, too big, no rows). */
export class ImportFileError extends Error {}

/**
 * The records of an uploaded file, each a plain object of column → string. CSV: first line is the header, a BOM
 * is skipped, quoted fields may hold newlines. JSON: an array of objects, or `{ "roles": [...] }`.
 */
export function readImportFile(text: string, format: ImportFormat): Record<string, unknown>[] {
  if (text.length > IMPORT_MAX_BYTES) throw new ImportFileError(`The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  let records: unknown;
  if (format === "csv") {
    try {
      records = parseCsv(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, relax_quotes: false });
    } catch (err) {
      throw new ImportFileError(`This is not valid CSV: ${(err as Error).message}`);
    }
  } else {
    try {
      const data = JSON.parse(text.replace(/^\uFEFF/, ""));
      records = Array.isArray(data) ? data : data?.roles;
    } catch (err) {
      throw new ImportFileError(`This is not valid JSON: ${(err as Error).message}`);
    }
    if (!Array.isArray(records)) throw new ImportFileError('JSON must be an array of listings or { "roles": [...] }');
  }
  const list = records as unknown[];
  if (list.length === 0) throw new ImportFileError("The file has no rows");
  if (list.length > IMPORT_MAX_ROWS) throw new ImportFileError(`The file has more than ${IMPORT_MAX_ROWS} rows`);
  return list.map((r) => (r && typeof r === "object" && !Array.isArray(r) ? (r as Record<string, unknown>) : {}));
}

/** One field an update row changes: the stored value and the value the import would store. */
export interface ImportFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What the import would do (dry run) or did with one row; `row` counts data rows from 1. */
export interface ImportRowReport {
  row: number;
  slug: string;
  action: "create" | "update" | "unchanged" | "reject";
  /** Why the row is refused, in English (the API's report). */
  reasons: string[];
  /** The same reasons as codes, for the report in the page's language (lib/transfer/reasons.ts). */
  why: ImportReason[];
  changedFields: string[];
  /** For updates: each changed field, before → after (empty for other actions). */
  changes: ImportFieldChange[];
  /** True when the row changes a published listing: the change is public as soon as the import is applied. */
  live: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  rows: ImportRowReport[];
  counts: Record<ImportRowReport["action"], number>;
  /** How many rows update a published listing (their changes go public at once). */
  liveUpdates: number;
}

type Planned =
  | { kind: "create"; input: RoleInput; slug: string }
  | { kind: "update"; input: RoleInput; current: Role }
  | { kind: "skip" };

/** Listing fields an import row may empty through its `clear` cell (not the slug, which names the row). */
const CLEARABLE_FIELDS = ROLE_FIELDS.filter((f) => f !== "slug");

/** A stored listing's fields in the import's spelling (as exported). */
function storedValues(r: Role): RoleFormValues {
  const row = exportRow(r);
  const out = {} as RoleFormValues;
  for (const f of ROLE_FIELDS) out[f] = String(row[f] ?? "");
  return out;
}

/** The slug a record names, as the form would normalise it ("" when none). */
const recordSlug = (record: Record<string, unknown>) => (typeof record.slug === "string" ? record.slug.trim().toLowerCase() : "");

/** A failed parse's issues as reasons, field by field in the form's order. */
const fieldReasons = (issues: RoleIssues): ImportReason[] =>
  Object.values(issues).flatMap((list) => (list ?? []).map((issue): ImportReason => ({ code: "roleField", issue })));

/**
 * Plans every row against the database as `db` sees it now. Pure reads. A row whose slug names a stored listing
 * updates it with only the cells the row fills: blank cells and missing columns keep the stored value, and a field
 * is emptied only when the row's `clear` cell names it (lib/transfer/blank-cells.ts). Other rows create drafts.
 */
async function plan(db: Prisma.TransactionClient | PrismaClient, records: Record<string, unknown>[]) {
  const existing = await db.role.findMany();
  const bySlug = new Map(existing.map((r) => [r.slug, r]));
  const redirects = await db.slugRedirect.findMany({ select: { oldSlug: true } });
  const taken = new Set<string>([...bySlug.keys(), ...redirects.map((r) => r.oldSlug)]);
  const seen = new Set<string>();
  const reports: ImportRowReport[] = [];
  const planned: Planned[] = [];

  records.forEach((record, i) => {
    const report: ImportRowReport = { row: i + 1, slug: recordSlug(record), action: "reject", reasons: [], why: [], changedFields: [], changes: [], live: false };
    reports.push(report);
    const refuse = (...why: ImportReason[]) => {
      report.why.push(...why);
      report.reasons.push(...why.map(englishImportReason));
    };
    const reject = (...why: ImportReason[]) => {
      refuse(...why);
      planned.push({ kind: "skip" });
    };
    const current = report.slug ? bySlug.get(report.slug) : undefined;
    if (report.slug && seen.has(report.slug)) return reject(reason("slugInFile", { slug: report.slug.slice(0, 120) }));

    if (current) {
      seen.add(current.slug);
      report.live = current.status === "PUBLISHED" && current.deletedAt === null;
      const overlay = overlayImportRow(storedValues(current), record, ROLE_FIELDS, CLEARABLE_FIELDS);
      const parsed = parseRoleForm(overlay.values);
      const version = record.version === undefined || record.version === "" || record.version === null ? null : Number(record.version);
      if (current.deletedAt) refuse(reason("roleDeleted"));
      if (version !== null && version !== current.version) {
        refuse(reason("staleVersion", { entity: "listing", fileVersion: String(version), storedVersion: current.version }));
      }
      refuse(...overlay.reasons);
      if (!parsed.ok) refuse(...fieldReasons(parsed.issues));
      if (report.reasons.length || !parsed.ok) return reject();
      const changes = diffFields(roleSnapshot(current), roleSnapshot({ ...current, ...roleColumns(parsed.input), slug: current.slug }));
      report.changes = Object.entries(changes).map(([field, c]) => ({ field, before: c.before, after: c.after }));
      report.changedFields = Object.keys(changes);
      report.action = report.changedFields.length ? "update" : "unchanged";
      planned.push(report.changedFields.length ? { kind: "update", input: parsed.input, current } : { kind: "skip" });
      return;
    }

    const parsed = parseRoleForm(formValues(record));
    if (!parsed.ok) return reject(...fieldReasons(parsed.issues));
    const input = parsed.input;
    if (input.slug && taken.has(input.slug)) return reject(reason("oldSlug", { slug: input.slug }));
    const slug = input.slug || firstFreeSlug(baseSlug(input.titleEn, input.titleZh), taken);
    taken.add(slug);
    seen.add(slug);
    report.slug = slug;
    report.action = "create";
    report.changedFields = Object.keys(diffFields(null, { ...input, slug }));
    planned.push({ kind: "create", input, slug });
  });
  return { reports, planned };
}

const liveUpdates = (rows: ImportRowReport[]) => rows.filter((r) => r.live && r.action === "update").length;

function count(rows: ImportRowReport[]): ImportReport["counts"] {
  const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const r of rows) counts[r.action] += 1;
  return counts;
}

/**
 * Imports records (from readImportFile). `dryRun`: only reports. Otherwise plans again inside one transaction and,
 * when no row is rejected, creates the new listings (as drafts) and updates the changed ones, each with an audit
 * entry (action role.import) and a version bump; any rejected row or error rolls everything back (applied: false).
 * Admins only.
 */
export async function importRoles(
  prisma: PrismaClient,
  actor: Actor,
  records: Record<string, unknown>[],
  { dryRun }: { dryRun: boolean },
): Promise<ImportReport> {
  assertRole(actor, "admin");
  if (dryRun) {
    const { reports } = await plan(prisma, records);
    return { dryRun: true, applied: false, rows: reports, counts: count(reports), liveUpdates: liveUpdates(reports) };
  }
  return prisma.$transaction(
    async (tx) => {
      // One import at a time: two concurrent imports of overlapping files would otherwise race on slugs.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atlas-role-import'))`;
      const { reports, planned } = await plan(tx, records);
      const counts = count(reports);
      if (counts.reject > 0) return { dryRun: false, applied: false, rows: reports, counts, liveUpdates: liveUpdates(reports) };

      const now = new Date();
      const creates = planned.flatMap((p) => (p.kind === "create" ? [p] : []));
      const newRoles: StoredRole[] = creates.map((p) => ({
        id: randomUUID(),
        slug: p.slug,
        status: "DRAFT",
        ...roleColumns(p.input),
        contentOrigin: "EDITORIAL",
        version: 1,
        publishedAt: null,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      }));
      const audit: Prisma.AuditEntryCreateManyInput[] = newRoles.map((r) => ({
        actorId: actor.id,
        actorEmail: actor.email,
        action: "role.import",
        entityType: "role",
        entityId: r.id,
        version: 1,
        changes: changesJson(diffFields(null, roleSnapshot(r))),
      }));
      for (let i = 0; i < newRoles.length; i += 1000) await tx.role.createMany({ data: newRoles.slice(i, i + 1000) });
      for (const p of planned) {
        if (p.kind !== "update") continue;
        const data = roleColumns(p.input);
        const { count: n } = await tx.role.updateMany({ where: { id: p.current.id, version: p.current.version }, data: { ...data, version: { increment: 1 } } });
        if (n !== 1) throw new Error(`listing ${p.current.slug} changed during the import`);
        audit.push({
          actorId: actor.id,
          actorEmail: actor.email,
          action: "role.import",
          entityType: "role",
          entityId: p.current.id,
          version: p.current.version + 1,
          changes: changesJson(diffFields(roleSnapshot(p.current), roleSnapshot({ ...p.current, ...data }))),
        });
      }
      for (let i = 0; i < audit.length; i += 1000) await tx.auditEntry.createMany({ data: audit.slice(i, i + 1000) });
      return { dryRun: false, applied: true, rows: reports, counts, liveUpdates: liveUpdates(reports) };
    },
    { maxWait: 15_000, timeout: 300_000 },
  );
}
