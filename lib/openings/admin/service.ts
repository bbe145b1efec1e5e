import { diffFields, recordAudit } from "@/lib/audit/log";
import { AccessDenied, type Actor, assertRole } from "@/lib/auth/roles";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EmploymentType, ExperienceLevel, Opening, SalaryPeriod, WorkplaceType } from "@/lib/generated/prisma/client";
import { baseSlug, firstFreeSlug } from "@/lib/roles/admin/slug";
import { auditEntriesAfter, type ConflictChange, changesSince, foldChanges } from "@/lib/workflow/conflicts";
import { mergeFields } from "@/lib/workflow/merge";
import { INTENT_MIN_ROLE, transitionFor, type WorkflowIntent } from "@/lib/workflow/transitions";
import type {
  EmploymentTypeValue,
  ExperienceLevelValue,
  SalaryPeriodValue,
  WorkplaceTypeValue,
} from "@/lib/openings/constants";
import {
  OPENING_FIELDS,
  type OpeningField,
  type OpeningFormValues,
  type OpeningInput,
  type OpeningLocation,
  openingFormValues,
  parseOpeningForm,
} from "@/lib/openings/form/schema";

/*
 * The openings' admin writes, with the same safety as the roles' (lib/roles/admin/service.ts): each function takes
 * the acting staff member explicitly, checks the actor's role again, and does its reads, its change and its audit
 * entry (entity "opening") in one transaction. Creates are idempotent by a key generated with the form; edits and
 * workflow steps carry the version they started from and are refused over a newer one, with what changed since
 * (from the audit log). The workflow and who may take each step are the roles' (lib/workflow/transitions.ts).
 * Expected refusals throw OpeningError (or AccessDenied); anything else is a bug or an outage and propagates.
 *
 * The database derives expires_at, city_keys, salary_year_*, the sort and search columns (trigger
 * openings_derive_columns): they are never written here.
 */

/** Why a change was refused, with the HTTP status it corresponds to. */
export type OpeningErrorKind =
  | "not_found"
  | "conflict"
  | "invalid_state"
  | "slug_taken"
  | "slug_locked"
  | "duplicate_submission"
  | "role_missing"
  | "external_id_taken";
const STATUS: Record<OpeningErrorKind, number> = {
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  slug_taken: 422,
  slug_locked: 422,
  duplicate_submission: 409,
  role_missing: 422,
  external_id_taken: 422,
};

export class OpeningError extends Error {
  readonly kind: OpeningErrorKind;
  readonly status: number;
  /** The form field the refusal is about (roleSlug, slug, externalId), for a field error. */
  readonly field?: OpeningField;
  /** For "conflict": the stored version and what changed since the caller's version. */
  readonly conflict?: { currentVersion: number; changes: ConflictChange[] };
  constructor(kind: OpeningErrorKind, message: string, extra: { field?: OpeningField; conflict?: OpeningError["conflict"] } = {}) {
    super(message);
    this.name = "OpeningError";
    this.kind = kind;
    this.status = STATUS[kind];
    this.field = extra.field;
    this.conflict = extra.conflict;
  }
}

type Db = PrismaClient;
type Tx = Prisma.TransactionClient;
const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/** An opening's own columns, without those the database derives (trigger openings_derive_columns). */
export type StoredOpening = Omit<
  Opening,
  "expiresAt" | "cityKeys" | "cityNames" | "salaryYearMin" | "salaryYearMax" | "sortTitle" | "searchTitle" | "searchSummary" | "searchText" | "searchTokens"
>;
/** A stored opening with the slug of its role (how the form and the audit log name the role). */
export type OpeningWithRole = StoredOpening & { role: { slug: string } };
/** An opening as read back from the database, with its role's slug. */
export type OpeningRow = Opening & { role: { slug: string } };
/** What to include when reading an opening for the admin: its role's slug. */
export const WITH_ROLE_SLUG = { role: { select: { slug: true } } } as const;

/**
 * Days an opening stays current when the form leaves "valid through" blank: datePosted + 60 days. Our choice (no
 * source gives one): long enough for a typical hiring round, short enough that a forgotten posting closes itself.
 */
export const DEFAULT_VALID_DAYS = 60;

/** The YYYY-MM-DD `DEFAULT_VALID_DAYS` after `datePosted` (a YYYY-MM-DD calendar date). Pure. */
export function defaultValidThrough(datePosted: string): string {
  const d = new Date(`${datePosted}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + DEFAULT_VALID_DAYS);
  return d.toISOString().slice(0, 10);
}

const WORKPLACE_TO_DB: Record<WorkplaceTypeValue, WorkplaceType> = { "on-site": "ON_SITE", hybrid: "HYBRID", remote: "REMOTE" };
const EMPLOYMENT_TO_DB: Record<EmploymentTypeValue, EmploymentType> = {
  "full-time": "FULL_TIME",
  "part-time": "PART_TIME",
  contract: "CONTRACT",
  temporary: "TEMPORARY",
  internship: "INTERNSHIP",
};
const EXPERIENCE_TO_DB: Record<ExperienceLevelValue, ExperienceLevel> = { entry: "ENTRY", mid: "MID", senior: "SENIOR", lead: "LEAD" };
const PERIOD_TO_DB: Record<SalaryPeriodValue, SalaryPeriod> = { hour: "HOUR", day: "DAY", month: "MONTH", year: "YEAR" };
/** A database enum value in the form's spelling: ON_SITE → on-site, FULL_TIME → full-time. */
const formSpelling = (v: string) => v.toLowerCase().replace(/_/g, "-");

/** A calendar date column (Postgres DATE, read as UTC midnight) as YYYY-MM-DD. */
const dateText = (d: Date) => d.toISOString().slice(0, 10);
/** A YYYY-MM-DD calendar date as the value Prisma writes to a DATE column. */
const dateValue = (s: string) => new Date(`${s}T00:00:00.000Z`);
/** A salary amount as the form writes it ("15000", "15000.5"; "" = none), from the column (Decimal) or the input (number). */
const amountText = (v: Prisma.Decimal | number | null | undefined) => (v === null || v === undefined ? "" : new Prisma.Decimal(v).toString());
/** The stored locations (JSON [{ city, country }]) as a list. */
const locationList = (v: unknown): OpeningLocation[] =>
  Array.isArray(v) ? v.filter((l): l is OpeningLocation => !!l && typeof l === "object" && "city" in l && "country" in l) : [];

/**
 * The columns an opening input sets (the slug is handled separately, the derived columns by the database).
 * Input: a parsed OpeningInput and the id of its role (looked up by input.roleSlug). A blank validThrough becomes
 * datePosted + DEFAULT_VALID_DAYS (60 days). Pure.
 */
export function openingColumns(input: OpeningInput, roleId: string) {
  return {
    roleId,
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    descriptionEn: input.descriptionEn,
    descriptionZh: input.descriptionZh,
    employerName: input.employerName,
    employerUrl: input.employerUrl || null,
    workplaceType: WORKPLACE_TO_DB[input.workplaceType],
    locations: input.locations.map((l) => ({ city: l.city, country: l.country })) as Prisma.InputJsonValue,
    remoteCountries: input.remoteCountries,
    employmentType: EMPLOYMENT_TO_DB[input.employmentType],
    experienceLevel: input.experienceLevel ? EXPERIENCE_TO_DB[input.experienceLevel] : null,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    salaryCurrency: input.salaryCurrency,
    salaryPeriod: input.salaryPeriod ? PERIOD_TO_DB[input.salaryPeriod] : null,
    salaryMonths: input.salaryMonths,
    salaryText: input.salaryText,
    applyUrl: input.applyUrl,
    datePosted: dateValue(input.datePosted),
    validThrough: dateValue(input.validThrough ?? defaultValidThrough(input.datePosted)),
    timeZone: input.timeZone,
    externalId: input.externalId,
  };
}

/** The row fields openingSnapshot and storedOpeningValues read (a stored row, or one merged with new columns). */
type SnapshotSource = Omit<OpeningWithRole, "salaryMin" | "salaryMax" | "locations"> & {
  salaryMin: Prisma.Decimal | number | null;
  salaryMax: Prisma.Decimal | number | null;
  locations: unknown;
};

/**
 * A stored opening's fields as the form and our import files spell them: every OPENING_FIELDS key as a string,
 * locations one "City, CC" per line, remote countries separated by spaces, amounts without trailing zeros, dates
 * YYYY-MM-DD, "" for what is not stated. Parsing these values again gives the same opening. The edit form starts
 * from them, the export writes them, an import row overlays them. Pure.
 */
export function storedOpeningValues(r: SnapshotSource): OpeningFormValues {
  const v: OpeningFormValues = {
    roleSlug: r.role.slug,
    slug: r.slug,
    titleEn: r.titleEn,
    titleZh: r.titleZh,
    descriptionEn: r.descriptionEn,
    descriptionZh: r.descriptionZh,
    employerName: r.employerName,
    employerUrl: r.employerUrl ?? "",
    workplaceType: formSpelling(r.workplaceType),
    locations: locationList(r.locations).map((l) => `${l.city}, ${l.country}`).join("\n"),
    remoteCountries: r.remoteCountries.join(" "),
    employmentType: formSpelling(r.employmentType),
    experienceLevel: r.experienceLevel ? formSpelling(r.experienceLevel) : "",
    salaryMin: amountText(r.salaryMin),
    salaryMax: amountText(r.salaryMax),
    salaryCurrency: r.salaryCurrency ?? "",
    salaryPeriod: r.salaryPeriod ? formSpelling(r.salaryPeriod) : "",
    salaryMonths: r.salaryMonths === null ? "" : String(r.salaryMonths),
    salaryText: r.salaryText,
    applyUrl: r.applyUrl,
    datePosted: dateText(r.datePosted),
    validThrough: dateText(r.validThrough),
    timeZone: r.timeZone,
    externalId: r.externalId ?? "",
  };
  return Object.fromEntries(OPENING_FIELDS.map((f) => [f, v[f]])) as OpeningFormValues;
}

/**
 * The audited view of an opening: the fields staff can change in the form's spelling (storedOpeningValues), with
 * the locations on one line ("北京, CN; 上海, CN": readable in the history, the conflict table and the import report,
 * and the form's parser reads that spelling too), plus the workflow state. Pure.
 */
export function openingSnapshot(r: SnapshotSource): Record<string, unknown> {
  const values = storedOpeningValues(r);
  return {
    ...values,
    locations: values.locations.split("\n").filter(Boolean).join("; "),
    status: r.status.toLowerCase(),
    publishedAt: r.publishedAt,
    deletedAt: r.deletedAt,
  };
}

/** Opening slugs in use among `base` and `base-<n>`. */
async function takenSlugs(tx: Tx, base: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM openings WHERE slug = ${base} OR slug ~ ${`^${base}-[0-9]+$`}`;
  return new Set(rows.map((r) => r.slug));
}

const slugTakenError = (slug: string) => new OpeningError("slug_taken", `The slug "${slug}" is already used by another opening`, { field: "slug" });

async function assertSlugFree(tx: Tx, slug: string, openingId: string | null): Promise<void> {
  const other = await tx.opening.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== openingId) throw slugTakenError(slug);
}

/** A unique slug for a new opening: the given one (must be free), else from the English title or a stable hash ("job-1a2b3c4d"). */
async function slugForNewOpening(tx: Tx, input: OpeningInput): Promise<string> {
  if (input.slug) {
    await assertSlugFree(tx, input.slug, null);
    return input.slug;
  }
  const base = baseSlug(input.titleEn, input.titleZh, "job");
  return firstFreeSlug(base, await takenSlugs(tx, base));
}

/** The role named by `roleSlug`, which must exist and not be deleted (else role_missing on the roleSlug field). */
async function roleBySlug(tx: Tx, roleSlug: string): Promise<{ id: string; slug: string }> {
  const role = await tx.role.findUnique({ where: { slug: roleSlug }, select: { id: true, slug: true, deletedAt: true } });
  if (!role || role.deletedAt) {
    throw new OpeningError("role_missing", `There is no role "${roleSlug}"${role ? " (it is deleted)" : ""}: choose one of the roles`, { field: "roleSlug" });
  }
  return role;
}

const externalIdTakenError = (externalId: string, slug: string) =>
  new OpeningError("external_id_taken", `The external ID "${externalId}" is already used by the opening "${slug}"`, { field: "externalId" });

/** Throws external_id_taken when another opening than `openingId` has this external id. */
async function assertExternalIdFree(db: Tx | Db, externalId: string | null, openingId: string | null): Promise<void> {
  if (!externalId) return;
  const other = await db.opening.findUnique({ where: { externalId }, select: { id: true, slug: true } });
  if (other && other.id !== openingId) throw externalIdTakenError(externalId, other.slug);
}

const isUniqueViolation = (err: unknown) =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

/**
 * After a unique violation (two writers at the same moment): which unique value of `input` is taken now, as the
 * OpeningError to throw, or null when neither is (the caller retries a generated slug).
 */
async function uniqueViolationError(prisma: Db, input: OpeningInput, openingId: string | null): Promise<OpeningError | null> {
  try {
    await assertExternalIdFree(prisma, input.externalId, openingId);
  } catch (err) {
    if (err instanceof OpeningError) return err;
    throw err;
  }
  if (input.slug) {
    const other = await prisma.opening.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (other && other.id !== openingId) return slugTakenError(input.slug);
  }
  return null;
}

/**
 * Creates a draft opening. `idempotencyKey` (a UUID generated when the form was rendered) makes a double submit, a
 * resubmitted form or concurrent identical requests create one opening: the first claims the key, the others wait
 * for it and get its opening with `created: false`; a key used by another staff member, or by a role's form →
 * duplicate_submission. The role (input.roleSlug) must exist and not be deleted → else role_missing (field
 * roleSlug). The slug comes from the English title, or a stable hash of the Chinese one ("job-1a2b3c4d"), with
 * -2, -3 … until unique among openings; an explicit slug in use → slug_taken; an external id in use →
 * external_id_taken. Audited as opening.create. Editors and admins.
 */
export async function createOpening(
  prisma: Db,
  actor: Actor,
  input: OpeningInput,
  idempotencyKey: string,
): Promise<{ opening: OpeningRow; created: boolean }> {
  assertRole(actor, "editor");
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const claimed = await tx.$executeRaw`
          INSERT INTO idempotency_keys (key, actor_id) VALUES (${idempotencyKey}::uuid, ${actor.id}::uuid)
          ON CONFLICT (key) DO NOTHING`;
        if (claimed === 0) {
          const prior = await tx.idempotencyKey.findUnique({ where: { key: idempotencyKey }, include: { opening: { include: WITH_ROLE_SLUG } } });
          if (!prior?.opening || prior.actorId !== actor.id) {
            throw new OpeningError("duplicate_submission", "This form was already submitted. Reload the page to start a new opening.");
          }
          return { opening: prior.opening, created: false };
        }
        const role = await roleBySlug(tx, input.roleSlug);
        await assertExternalIdFree(tx, input.externalId, null);
        const slug = await slugForNewOpening(tx, input);
        const opening = await tx.opening.create({ data: { ...openingColumns(input, role.id), slug, status: "DRAFT" }, include: WITH_ROLE_SLUG });
        await tx.idempotencyKey.update({ where: { key: idempotencyKey }, data: { openingId: opening.id } });
        await recordAudit(tx, {
          actor,
          action: "opening.create",
          entityType: "opening",
          entityId: opening.id,
          version: opening.version,
          changes: diffFields(null, openingSnapshot(opening)),
        });
        return { opening, created: true };
      }, TX_OPTIONS);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const known = await uniqueViolationError(prisma, input, null);
      if (known) throw known;
      // Two new openings generated the same slug at the same moment: the loser picks the next free one.
      if (!input.slug && attempt < 5) continue;
      throw err;
    }
  }
}

/** What changed in opening `id` after `sinceVersion`, field by field, from the audit log. */
export function openingChangesSince(prisma: Db | Tx, id: string, sinceVersion: number): Promise<ConflictChange[]> {
  return changesSince(prisma, "opening", id, sinceVersion);
}

async function conflictError(prisma: Db, id: string, expectedVersion: number): Promise<OpeningError> {
  const current = await prisma.opening.findUnique({ where: { id }, select: { version: true } });
  return new OpeningError(
    "conflict",
    `Someone else saved this opening after you opened it (you started from version ${expectedVersion}, it is now at ${current?.version ?? "?"}). Your input is kept below: compare, merge and save again.`,
    { conflict: { currentVersion: current?.version ?? expectedVersion, changes: await openingChangesSince(prisma, id, expectedVersion) } },
  );
}

async function loadLive(tx: Tx, id: string): Promise<OpeningRow> {
  const opening = await tx.opening.findUnique({ where: { id }, include: WITH_ROLE_SLUG });
  if (!opening) throw new OpeningError("not_found", "No such opening");
  if (opening.deletedAt) throw new OpeningError("not_found", "This opening was deleted; an admin can restore it first");
  return opening;
}

/** An opening's form fields in the audited spelling (openingSnapshot's), as strings. */
function formSnapshot(r: SnapshotSource): Record<OpeningField, string> {
  const snap = openingSnapshot(r);
  const text = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : JSON.stringify(v));
  return Object.fromEntries(OPENING_FIELDS.map((f) => [f, text(snap[f])])) as Record<OpeningField, string>;
}

const isOpeningField = (f: string): f is OpeningField => (OPENING_FIELDS as readonly string[]).includes(f);

/**
 * The three-way merge of `input` (started from `baseVersion`) onto the stored opening `current`, as for roles
 * (lib/workflow/merge.ts): base values (and those shown at `shownVersion`, for a save over a reported conflict)
 * rebuilt from the audit log. Output: the merged input (null when a field both sides changed differently was not
 * shown, or the merged values do not parse) and their changes since the base, each with what saving over does.
 * A gap in the log → invalid_state.
 */
async function mergeOnto(tx: Tx, current: OpeningRow, baseVersion: number, shownVersion: number | null, input: OpeningInput) {
  const entries = await auditEntriesAfter(tx, "opening", current.id, baseVersion);
  const versions = new Set(entries.map((e) => e.version));
  for (let v = baseVersion + 1; v <= current.version; v++) {
    if (!versions.has(v)) throw new OpeningError("invalid_state", "This opening's history is incomplete, so your edit cannot be merged with the newer version: reload the page and make your edit again");
  }
  const text = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : JSON.stringify(v));
  const theirs = formSnapshot(current);
  const changes = foldChanges(entries);
  const base = { ...theirs };
  for (const c of changes) if (isOpeningField(c.field)) base[c.field] = text(c.before);
  let shown: Partial<Record<OpeningField, string>> | undefined;
  if (shownVersion !== null && shownVersion > baseVersion) {
    shown = { ...base };
    for (const c of foldChanges(entries.filter((e) => e.version !== null && e.version <= shownVersion))) {
      if (isOpeningField(c.field)) shown[c.field] = text(c.after);
    }
  }
  const mine = formSnapshot({ ...current, ...openingColumns(input, current.roleId), slug: input.slug || base.slug, role: { slug: input.roleSlug } });
  const merge = mergeFields({ fields: OPENING_FIELDS, base, theirs, mine, shown });
  const outcomes = new Map(merge.fields.map((m) => [m.field as string, m]));
  const annotated = changes.map((c) => {
    const m = outcomes.get(c.field);
    if (!m) return { ...c, outcome: "theirs" as const };
    const outcome = m.outcome === "same" ? ("same" as const) : m.outcome === "overwrite" || m.outcome === "conflict" ? ("overwrite" as const) : ("theirs" as const);
    return { ...c, outcome, mine: m.mine };
  });
  const parsed = merge.conflicts.length === 0 ? parseOpeningForm(openingFormValues(merge.merged)) : null;
  return { input: parsed?.ok ? parsed.input : null, changes: annotated };
}

/**
 * Saves an edit. Input: the actor, the opening's id, `expectedVersion` (the version the caller last saw: the form's,
 * or the one a conflict reported), the validated input, and `baseVersion` (the version the input started from;
 * default `expectedVersion`).
 * - A plain save needs the stored version to be `expectedVersion`; else a conflict (OpeningError "conflict" with
 *   their changes since, each with what saving over would do).
 * - Saving over (`baseVersion` < `expectedVersion`) merges field by field as for roles: fields the caller left as
 *   they were keep the other person's changes; the caller's changes win only over values the conflict showed.
 * An empty slug keeps the current one; a slug cannot change once the opening has been public. Editors may edit
 * drafts and openings in review; admins any opening not deleted. An edit that changes nothing keeps the version.
 */
export async function updateOpening(
  prisma: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: OpeningInput,
  { baseVersion = expectedVersion }: { baseVersion?: number } = {},
): Promise<{ opening: OpeningRow; changed: boolean; previousSlug: string; previousRoleSlug: string }> {
  assertRole(actor, "editor");
  if (!Number.isInteger(baseVersion) || baseVersion < 1 || baseVersion > expectedVersion) {
    throw new RangeError(`baseVersion must be a version from 1 to expectedVersion (${expectedVersion}), not ${baseVersion}`);
  }
  let stale = false;
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM openings WHERE id = ${id}::uuid FOR UPDATE`;
      const current = await loadLive(tx, id);
      if (actor.role !== "admin" && current.status !== "DRAFT" && current.status !== "REVIEW") {
        throw new AccessDenied(403, "Only an admin may edit a published or archived opening.");
      }
      let wanted = input;
      if (baseVersion === expectedVersion) {
        if (current.version !== expectedVersion) {
          stale = true;
          throw new OpeningError("conflict", "stale");
        }
      } else {
        const shown = expectedVersion <= current.version ? expectedVersion : null;
        const merged = await mergeOnto(tx, current, baseVersion, shown, input);
        if (!merged.input || shown === null) {
          throw new OpeningError(
            "conflict",
            `Someone else saved this opening after you opened it (you started from version ${baseVersion}, it is now at ${current.version}). Nothing was saved: review which of their changes your input keeps and which it overwrites, then save over their version.`,
            { conflict: { currentVersion: current.version, changes: merged.changes } },
          );
        }
        wanted = merged.input;
      }
      const slug = wanted.slug || current.slug;
      if (slug !== current.slug) {
        if (current.publishedAt) {
          throw new OpeningError("slug_locked", "This opening has been public, so its slug can no longer change (links to it would break)", { field: "slug" });
        }
        await assertSlugFree(tx, slug, id);
      }
      const role = wanted.roleSlug === current.role.slug ? { id: current.roleId, slug: current.role.slug } : await roleBySlug(tx, wanted.roleSlug);
      await assertExternalIdFree(tx, wanted.externalId, id);
      const data = { ...openingColumns(wanted, role.id), slug };
      const changes = diffFields(openingSnapshot(current), openingSnapshot({ ...current, ...data, role: { slug: role.slug } }));
      const previous = { previousSlug: current.slug, previousRoleSlug: current.role.slug };
      if (Object.keys(changes).length === 0) return { opening: current, changed: false, ...previous };
      const { count } = await tx.opening.updateMany({
        where: { id, version: current.version, deletedAt: null },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) {
        stale = true;
        throw new OpeningError("conflict", "stale");
      }
      const opening = await tx.opening.findUniqueOrThrow({ where: { id }, include: WITH_ROLE_SLUG });
      await recordAudit(tx, { actor, action: "opening.update", entityType: "opening", entityId: id, version: opening.version, changes });
      return { opening, changed: true, ...previous };
    }, TX_OPTIONS);
  } catch (err) {
    if (stale) throw await conflictError(prisma, id, baseVersion);
    if (isUniqueViolation(err)) throw (await uniqueViolationError(prisma, input, id)) ?? err;
    throw err;
  }
}

/**
 * Moves an opening one workflow step (lib/workflow/transitions.ts: submit, publish, unpublish, archive, restore,
 * delete), from `expectedVersion` like an edit (a stale version is a conflict). Editors may only submit; the rest
 * needs an admin (AccessDenied 403), exactly as for roles. A step that does not apply to the opening's state →
 * invalid_state. Audited as opening.<intent>. A published opening is public only while its role is published too
 * and until it expires (lib/openings/data.ts).
 */
export async function transitionOpening(
  prisma: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  intent: WorkflowIntent,
): Promise<{ opening: OpeningRow }> {
  assertRole(actor, INTENT_MIN_ROLE[intent]);
  let stale = false;
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.opening.findUnique({ where: { id }, include: WITH_ROLE_SLUG });
      if (!current) throw new OpeningError("not_found", "No such opening");
      if (current.version !== expectedVersion) {
        stale = true;
        throw new OpeningError("conflict", "stale");
      }
      const t = transitionFor(current, intent, new Date());
      if ("refused" in t) throw new OpeningError("invalid_state", t.refused);
      const { count } = await tx.opening.updateMany({
        where: { id, version: expectedVersion },
        data: { ...t.data, version: { increment: 1 } },
      });
      if (count === 0) {
        stale = true;
        throw new OpeningError("conflict", "stale");
      }
      const opening = await tx.opening.findUniqueOrThrow({ where: { id }, include: WITH_ROLE_SLUG });
      await recordAudit(tx, {
        actor,
        action: `opening.${intent}`,
        entityType: "opening",
        entityId: id,
        version: opening.version,
        changes: diffFields(openingSnapshot(current), openingSnapshot(opening)),
      });
      return { opening };
    }, TX_OPTIONS);
  } catch (err) {
    if (stale) throw await conflictError(prisma, id, expectedVersion);
    throw err;
  }
}
