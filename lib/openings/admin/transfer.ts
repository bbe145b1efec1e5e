import { randomUUID } from "node:crypto";
import { stringify as stringifyCsv } from "csv-stringify/sync";
import { changesJson, diffFields } from "@/lib/audit/log";
import { type Actor, assertRole } from "@/lib/auth/roles";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ImportFieldChange } from "@/lib/roles/admin/transfer";
import { baseSlug, firstFreeSlug } from "@/lib/roles/admin/slug";
import { overlayImportRow } from "@/lib/transfer/blank-cells";
import { openingColumns, type OpeningRow, openingSnapshot, storedOpeningValues, WITH_ROLE_SLUG } from "@/lib/openings/admin/service";
import { OPENING_FIELDS, type OpeningField, type OpeningInput, type OpeningIssues, parseOpeningForm } from "@/lib/openings/form/schema";
import { englishImportReason, type ImportReason, reason } from "@/lib/transfer/reasons";
import {
  checkRow,
  duplicateKeys,
  EXPORT_STATE_COLUMNS,
  type ImportFormat,
  type OpeningsFile,
  readOpeningsFile,
  type ReadOptions,
  type RowRole,
} from "@/lib/openings/import/formats";

/*
 * Import and export of openings. Import reads a file with lib/openings/import/formats.ts (our CSV/JSON, Greenhouse,
 * Lever) and judges each row with the one opening schema (parseOpeningForm). A row whose externalId or slug names a
 * stored opening updates it under the blank-cell rule (lib/transfer/blank-cells.ts: a blank cell keeps the stored
 * value; only a `clear` cell empties a field); other rows create drafts. Nothing is guessed: a row with no role, a
 * role that does not exist, or a title the rules cannot file is refused with the reason, and so is a duplicate (of
 * an earlier row, or of a stored opening with the same title, employer, locations and date). A dry run reports per
 * row what would happen; the real run plans again inside one transaction under an advisory lock and applies every
 * row or none, each change audited as opening.import. Admins only.
 */

export { IMPORT_FORMATS, IMPORT_MAX_BYTES, OpeningsFileError } from "@/lib/openings/import/formats";
export type { ImportFormat } from "@/lib/openings/import/formats";

/** Columns of the export, in order: the opening's fields (our import columns), then its state. */
export const OPENING_EXPORT_COLUMNS = [...OPENING_FIELDS, ...EXPORT_STATE_COLUMNS] as const;
export type OpeningExportRow = Record<(typeof OPENING_EXPORT_COLUMNS)[number], string | number | boolean | null>;

/** One opening as exported: the form's fields in their form spelling (storedOpeningValues), then state and timestamps. */
export function openingExportRow(r: OpeningRow): OpeningExportRow {
  return {
    ...storedOpeningValues(r),
    status: r.status.toLowerCase(),
    deleted: r.deletedAt !== null,
    version: r.version,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Every opening (deleted ones too), by slug. Admins only. */
export async function exportOpenings(prisma: PrismaClient, actor: Actor): Promise<OpeningExportRow[]> {
  assertRole(actor, "admin");
  const rows = await prisma.opening.findMany({ orderBy: { slug: "asc" }, include: WITH_ROLE_SLUG });
  return rows.map(openingExportRow);
}

/** The rows as CSV with a header line (UTF-8 BOM first, so spreadsheet programs read Chinese correctly). */
export function openingsToCsv(rows: OpeningExportRow[]): string {
  return `\uFEFF${stringifyCsv(rows, { header: true, columns: [...OPENING_EXPORT_COLUMNS], cast: { boolean: (b) => (b ? "true" : "false") } })}`;
}

/** The rows as our JSON: `{ exportedAt, openings: [...] }` (what the JSON import reads). */
export function openingsToJson(rows: OpeningExportRow[], now = new Date()): string {
  return JSON.stringify({ exportedAt: now.toISOString(), openings: rows }, null, 2);
}

/** What the import would do (dry run) or did with one row; `row` counts the file's rows from 1. */
export interface OpeningImportRowReport {
  row: number;
  /** How the file names the row: `row 3 "Data Analyst"`, `Greenhouse job 4012345 "…"`. */
  label: string;
  /** The opening's slug: the stored one (updates), the one it gets (creates), or what the row gave (rejects). */
  slug: string;
  externalId: string;
  action: "create" | "update" | "unchanged" | "reject";
  /** Why the row is refused, in English (the API's report). */
  reasons: string[];
  /** The same reasons as codes, for the report in the page's language (lib/transfer/reasons.ts). */
  why: ImportReason[];
  /** How the reader derived values (not problems), e.g. `workplaceType "remote" from location "Remote - US"`. */
  notes: string[];
  /**
   * The role the row is filed under and how it was chosen: its own roleSlug column ("row"), the file's role
   * ("file"), a title rule ("title-rule", with its id), none ("none"), or, for an update, the stored one kept
   * ("stored").
   */
  role: { slug: string; source: RowRole["source"] | "stored"; rule?: string | null };
  changedFields: string[];
  /** For updates: each changed field, before → after (in the audit log's spelling); empty otherwise. */
  changes: ImportFieldChange[];
  /** True when the row changes a published opening: the change is public as soon as the import is applied. */
  live: boolean;
  /** For a row refused as a duplicate: the earlier row's label, or `stored opening "<slug>"`. */
  duplicateOf: string | null;
}

export interface OpeningImportReport {
  format: ImportFormat;
  dryRun: boolean;
  applied: boolean;
  rows: OpeningImportRowReport[];
  counts: Record<OpeningImportRowReport["action"], number>;
  /** How many rows update a published opening (their changes go public at once). */
  liveUpdates: number;
  /** How many rows were refused as duplicates. */
  duplicates: number;
  /** File-level remarks from the reader (ignored columns, missing content). */
  warnings: string[];
}

export interface OpeningImportOptions extends Omit<ReadOptions, "roleByTitle" | "roleSlug"> {
  format: ImportFormat;
  dryRun: boolean;
  /** The role of every new row that names none (Greenhouse and Lever rows never do). */
  roleSlug?: string;
  /** Instead of roleSlug: each new row without a role by the title rules (lib/openings/import/role-rules.ts). */
  roleByTitle?: boolean;
}

/** A new opening's row as createMany writes it (the derived columns are the trigger's). */
type NewOpening = ReturnType<typeof openingColumns> & {
  id: string;
  slug: string;
  status: "DRAFT";
  version: number;
  publishedAt: null;
  deletedAt: null;
  createdAt: Date;
  updatedAt: Date;
};

type Planned =
  | { kind: "create"; opening: NewOpening; roleSlug: string }
  | { kind: "update"; current: OpeningRow; input: OpeningInput; roleId: string }
  | { kind: "skip" };

/** Fields an update row may empty through its `clear` cell: every field the schema lets be empty. */
const REQUIRED_FIELDS: readonly OpeningField[] = ["roleSlug", "slug", "employerName", "workplaceType", "employmentType", "applyUrl", "datePosted"];
const CLEARABLE_FIELDS = OPENING_FIELDS.filter((f) => !REQUIRED_FIELDS.includes(f));

/** A failed parse's issues as reasons, field by field. */
const fieldReasons = (issues: OpeningIssues): ImportReason[] =>
  Object.values(issues).flatMap((list) => (list ?? []).map((issue): ImportReason => ({ code: "openingField", issue })));

const contentKey = (input: Parameters<typeof duplicateKeys>[0]) => duplicateKeys(input).find((k) => k.startsWith("content:"))!;
const chunks = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

type Db = Prisma.TransactionClient | PrismaClient;

/** Stored openings named by the file's slugs and external ids. */
async function storedByKeys(db: Db, slugs: string[], ids: string[]): Promise<OpeningRow[]> {
  const out: OpeningRow[] = [];
  for (const part of chunks([...new Set(slugs)], 1000)) out.push(...(await db.opening.findMany({ where: { slug: { in: part } }, include: WITH_ROLE_SLUG })));
  for (const part of chunks([...new Set(ids)], 1000)) out.push(...(await db.opening.findMany({ where: { externalId: { in: part } }, include: WITH_ROLE_SLUG })));
  return [...new Map(out.map((o) => [o.id, o])).values()];
}

/**
 * Plans every row against the database as `db` sees it now. Pure reads. See the header comment for the rules;
 * in addition: for a row that updates a stored opening only its own roleSlug cell moves it to another role (the
 * file's role and the title rules are for new rows); a matched row may not rename the opening's slug; a row whose
 * `version` cell is not the stored version was exported before someone changed the opening and is refused.
 */
async function plan(db: Db, file: OpeningsFile) {
  const raw = file.rows.map((r) => ({ slug: r.values.slug.trim().toLowerCase(), externalId: r.values.externalId.trim() }));
  const stored = await storedByKeys(db, raw.map((r) => r.slug).filter(Boolean), raw.map((r) => r.externalId).filter(Boolean));
  const bySlug = new Map(stored.map((o) => [o.slug, o]));
  const byExternalId = new Map(stored.flatMap((o) => (o.externalId ? [[o.externalId, o] as const] : [])));
  const match = raw.map((r) => ({ bySlug: r.slug ? bySlug.get(r.slug) : undefined, byId: r.externalId ? byExternalId.get(r.externalId) : undefined }));

  // New rows, judged once: their role names, employers and dates select what else to read.
  const judged = file.rows.map((row, i) => (match[i]!.bySlug || match[i]!.byId ? null : checkRow(row)));
  const roleSlugs = new Set(file.rows.map((r) => r.values.roleSlug.trim().toLowerCase()).filter(Boolean));
  const roles = new Map(
    (await db.role.findMany({ where: { slug: { in: [...roleSlugs] } }, select: { id: true, slug: true, deletedAt: true } })).map((r) => [r.slug, r]),
  );
  const valid = judged.flatMap((j) => (j?.ok ? [j.input] : []));
  const candidates = valid.length
    ? await db.$queryRaw<{ slug: string; titleEn: string; titleZh: string; employerName: string; locations: unknown; datePosted: string; externalId: string | null }[]>`
        SELECT slug, title_en AS "titleEn", title_zh AS "titleZh", employer_name AS "employerName", locations,
               to_char(date_posted, 'YYYY-MM-DD') AS "datePosted", external_id AS "externalId"
        FROM openings
        WHERE deleted_at IS NULL AND employer_name = ANY(${[...new Set(valid.map((v) => v.employerName))]}::text[])
          AND date_posted = ANY(${[...new Set(valid.map((v) => v.datePosted))]}::date[])`
    : [];
  const storedContent = new Map(candidates.map((c) => [contentKey({ ...c, locations: Array.isArray(c.locations) ? c.locations : [] }), c.slug]));
  const taken = new Set((await db.$queryRaw<{ slug: string }[]>`SELECT slug FROM openings`).map((r) => r.slug));

  const fileKeys = new Map<string, string>();
  const targets = new Map<string, string>();
  const reports: OpeningImportRowReport[] = [];
  const planned: Planned[] = [];
  const now = new Date();

  file.rows.forEach((row, i) => {
    const { bySlug: hitSlug, byId: hitId } = match[i]!;
    const report: OpeningImportRowReport = {
      row: i + 1,
      label: row.label,
      slug: raw[i]!.slug,
      externalId: raw[i]!.externalId,
      action: "reject",
      reasons: [],
      why: [],
      notes: row.notes,
      role: { slug: row.values.roleSlug, source: row.role.source, ...(row.role.rule !== undefined ? { rule: row.role.rule } : {}) },
      changedFields: [],
      changes: [],
      live: false,
      duplicateOf: null,
    };
    reports.push(report);
    const reject = (...why: ImportReason[]) => {
      report.action = "reject";
      report.why.push(...why);
      report.reasons.push(...why.map(englishImportReason));
      planned.push({ kind: "skip" });
    };
    const register = (input: OpeningInput) => {
      for (const k of duplicateKeys(input)) if (!fileKeys.has(k)) fileKeys.set(k, row.label);
    };

    const current = hitSlug ?? hitId;
    if (current) {
      report.slug = current.slug;
      report.role = { slug: current.role.slug, source: "stored" };
      report.live = current.status === "PUBLISHED" && current.deletedAt === null;
      if (hitSlug && hitId && hitSlug.id !== hitId.id) {
        return reject(reason("slugIdMismatch", { slug: raw[i]!.slug, slugOpening: hitSlug.slug, externalId: raw[i]!.externalId, idOpening: hitId.slug }));
      }
      const earlier = targets.get(current.id);
      if (earlier) return reject(reason("alreadyUpdated", { earlier, slug: current.slug }));
      targets.set(current.id, row.label);
      const reasons: ImportReason[] = [...row.errors];
      if (current.deletedAt) reasons.push(reason("openingDeleted"));
      if (row.version && Number(row.version) !== current.version) {
        reasons.push(reason("staleVersion", { entity: "opening", fileVersion: String(row.version).slice(0, 20), storedVersion: current.version }));
      }
      if (!hitSlug && raw[i]!.slug) reasons.push(reason("renameByExternalId", { slug: current.slug }));
      // Only a row's own roleSlug cell moves a stored opening; the file's role and the title rules are for new rows.
      const cells: Record<string, unknown> = { ...row.values, clear: row.clear ?? [] };
      if (row.role.source !== "row") cells.roleSlug = "";
      const overlay = overlayImportRow(storedOpeningValues(current), cells, OPENING_FIELDS, CLEARABLE_FIELDS);
      reasons.push(...overlay.reasons);
      const parsed = parseOpeningForm(overlay.values);
      if (!parsed.ok) reasons.push(...fieldReasons(parsed.issues));
      let roleId = current.roleId;
      if (parsed.ok) {
        if (parsed.input.roleSlug !== current.role.slug) {
          report.role = { slug: parsed.input.roleSlug, source: "row" };
          const role = roles.get(parsed.input.roleSlug);
          if (!role || role.deletedAt) reasons.push(reason("noSuchRole", { slug: parsed.input.roleSlug, deleted: role ? "yes" : "no" }));
          else roleId = role.id;
        }
        const ext = parsed.input.externalId;
        const owner = ext ? byExternalId.get(ext) : undefined;
        if (owner && owner.id !== current.id) reasons.push(reason("externalIdTaken", { externalId: ext!, slug: owner.slug }));
        else if (ext && ext !== current.externalId && fileKeys.has(`id:${ext}`)) reasons.push(reason("externalIdInFile", { externalId: ext, earlier: fileKeys.get(`id:${ext}`)! }));
      }
      if (reasons.length || !parsed.ok) return reject(...reasons);
      const after = { ...current, ...openingColumns(parsed.input, roleId), slug: current.slug, role: { slug: parsed.input.roleSlug } };
      const changes = diffFields(openingSnapshot(current), openingSnapshot(after));
      report.changes = Object.entries(changes).map(([field, c]) => ({ field, before: c.before, after: c.after }));
      report.changedFields = Object.keys(changes);
      report.action = report.changedFields.length ? "update" : "unchanged";
      register(parsed.input);
      planned.push(report.changedFields.length ? { kind: "update", current, input: parsed.input, roleId } : { kind: "skip" });
      return;
    }

    const checked = judged[i]!;
    if (!checked.ok) return reject(...checked.reasons);
    const input = checked.input;
    const role = roles.get(input.roleSlug);
    if (!role || role.deletedAt) return reject(reason("noSuchRole", { slug: input.roleSlug, deleted: role ? "yes" : "no" }));
    report.role = { ...report.role, slug: input.roleSlug };
    if (input.slug && taken.has(input.slug)) return reject(reason("openingSlugInFile", { slug: input.slug }));
    const keys = duplicateKeys(input);
    const dupKey = keys.find((k) => fileKeys.has(k));
    if (dupKey) {
      report.duplicateOf = fileKeys.get(dupKey)!;
      return reject(
        dupKey.startsWith("id:")
          ? reason("duplicateInFileById", { earlier: report.duplicateOf, externalId: input.externalId ?? "" })
          : reason("duplicateInFileByContent", { earlier: report.duplicateOf }),
      );
    }
    const storedTwin = storedContent.get(contentKey(input));
    if (storedTwin) {
      report.duplicateOf = `stored opening "${storedTwin}"`;
      return reject(reason("duplicateStored", { slug: storedTwin }));
    }
    const slug = input.slug || firstFreeSlug(baseSlug(input.titleEn, input.titleZh, "job"), taken);
    taken.add(slug);
    register(input);
    const opening: NewOpening = {
      ...openingColumns(input, role.id),
      id: randomUUID(),
      slug,
      status: "DRAFT",
      version: 1,
      publishedAt: null,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    report.slug = slug;
    report.externalId = input.externalId ?? "";
    report.action = "create";
    report.changedFields = Object.keys(diffFields(null, openingSnapshot({ ...opening, role: { slug: input.roleSlug } })));
    planned.push({ kind: "create", opening, roleSlug: input.roleSlug });
  });
  return { reports, planned };
}

function summary(file: OpeningsFile, dryRun: boolean, applied: boolean, rows: OpeningImportRowReport[]): OpeningImportReport {
  const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
  for (const r of rows) counts[r.action] += 1;
  return {
    format: file.format,
    dryRun,
    applied,
    rows,
    counts,
    liveUpdates: rows.filter((r) => r.live && r.action === "update").length,
    duplicates: rows.filter((r) => r.duplicateOf !== null).length,
    warnings: file.warnings,
  };
}

/**
 * Imports an openings file. Input: the file's text, its format (detectFormat picks one from the content), `dryRun`,
 * and how new rows without a role get one (`roleSlug` for the whole file, or `roleByTitle`), plus the reader's
 * defaults for what ATSs do not publish (employerName, employmentType, workplaceType, timeZone). Output: the
 * report. `dryRun`: only reports. Otherwise plans again inside one transaction (one import at a time: advisory
 * lock) and, when no row is refused, creates the new openings as drafts and updates the changed ones (version
 * + 1), each with an audit entry (opening.import); any refused row or error rolls everything back (applied:
 * false). Throws OpeningsFileError when the file as a whole is unreadable (import-formats.ts readOpeningsFile).
 * Admins only.
 */
export async function importOpenings(prisma: PrismaClient, actor: Actor, text: string, options: OpeningImportOptions): Promise<OpeningImportReport> {
  assertRole(actor, "admin");
  const { format, dryRun, roleSlug, roleByTitle, ...defaults } = options;
  const file = readOpeningsFile(text, format, { ...defaults, ...(roleSlug ? { roleSlug } : {}), ...(roleByTitle ? { roleByTitle: true } : {}) });
  if (dryRun) return summary(file, true, false, (await plan(prisma, file)).reports);
  return prisma.$transaction(
    async (tx) => {
      // One import at a time: two concurrent imports of overlapping files would otherwise race on slugs and ids.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atlas-opening-import'))`;
      const { reports, planned } = await plan(tx, file);
      if (reports.some((r) => r.action === "reject")) return summary(file, false, false, reports);

      const creates = planned.flatMap((p) => (p.kind === "create" ? [p] : []));
      const audit: Prisma.AuditEntryCreateManyInput[] = creates.map((p) => ({
        actorId: actor.id,
        actorEmail: actor.email,
        action: "opening.import",
        entityType: "opening",
        entityId: p.opening.id,
        version: 1,
        changes: changesJson(diffFields(null, openingSnapshot({ ...p.opening, role: { slug: p.roleSlug } }))),
      }));
      for (const part of chunks(creates, 1000)) {
        await tx.opening.createMany({ data: part.map((p) => p.opening satisfies Prisma.OpeningCreateManyInput) });
      }
      for (const p of planned) {
        if (p.kind !== "update") continue;
        const data = openingColumns(p.input, p.roleId);
        const { count } = await tx.opening.updateMany({ where: { id: p.current.id, version: p.current.version }, data: { ...data, version: { increment: 1 } } });
        if (count !== 1) throw new Error(`opening ${p.current.slug} changed during the import`);
        audit.push({
          actorId: actor.id,
          actorEmail: actor.email,
          action: "opening.import",
          entityType: "opening",
          entityId: p.current.id,
          version: p.current.version + 1,
          changes: changesJson(diffFields(openingSnapshot(p.current), openingSnapshot({ ...p.current, ...data, role: { slug: p.input.roleSlug } }))),
        });
      }
      for (const part of chunks(audit, 1000)) await tx.auditEntry.createMany({ data: part });
      return summary(file, false, true, reports);
    },
    { maxWait: 15_000, timeout: 300_000 },
  );
}

/** The slugs of the openings an applied import created or updated, for revalidateOpeningViews. */
export function touchedByImport(report: OpeningImportReport): { slugs: string[] } {
  const rows = report.rows.filter((r) => r.action === "create" || r.action === "update");
  return { slugs: rows.map((r) => r.slug) };
}
