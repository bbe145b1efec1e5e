import { type Changes, diffFields, recordAudit } from "@/lib/audit/log";
import { zhSortKey } from "@/lib/search/pinyin.mjs";
import { AccessDenied, type Actor, assertRole } from "@/lib/auth/roles";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EmergenceHorizon, Role, SkillTier } from "@/lib/generated/prisma/client";
import { auditEntriesAfter, type ConflictChange, changesSince as changesSinceIn, foldChanges } from "@/lib/workflow/conflicts";
import { mergeFields, type MergeResult } from "@/lib/workflow/merge";
import { INTENT_MIN_ROLE, transitionFor, WORKFLOW_INTENTS, type WorkflowIntent } from "@/lib/workflow/transitions";
import type { HorizonValue, TierValue } from "@/lib/roles/constants";
import { ROLE_FIELDS, type RoleField, type RoleInput } from "@/lib/roles/admin/form";
import { baseSlug, firstFreeSlug } from "@/lib/roles/admin/slug";

/*
 * The listing workflow's writes. Each function takes the acting staff member explicitly (server actions get it
 * from requireStaff; the import check script from its own argument), checks the actor's role again, and does its
 * reads, its change and its audit entry in one transaction. Expected refusals throw RoleError (or AccessDenied);
 * anything else is a bug or an outage and propagates.
 */

/** Why a change was refused, with the HTTP status it corresponds to. */
export type RoleErrorKind = "not_found" | "conflict" | "invalid_state" | "slug_taken" | "duplicate_submission";
const STATUS: Record<RoleErrorKind, number> = {
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  slug_taken: 422,
  duplicate_submission: 409,
};

export type { ConflictChange } from "@/lib/workflow/conflicts";

/** A refused stale save: the version it started from, the stored one, and their changes in between. */
export interface RoleConflict {
  /** The version the caller's input started from (the form's base). */
  baseVersion: number;
  /** The stored version: save over it by sending it as the expected version, with the same base. */
  currentVersion: number;
  changes: ConflictChange[];
}

export class RoleError extends Error {
  readonly kind: RoleErrorKind;
  readonly status: number;
  /** For "conflict": the stored version and what changed since the caller's base version. */
  readonly conflict?: RoleConflict;
  constructor(kind: RoleErrorKind, message: string, conflict?: RoleError["conflict"]) {
    super(message);
    this.name = "RoleError";
    this.kind = kind;
    this.status = STATUS[kind];
    this.conflict = conflict;
  }
}

type Db = PrismaClient;
type Tx = Prisma.TransactionClient;
const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

const TIER_TO_DB: Record<TierValue, SkillTier | null> = {
  "low-to-medium": "LOW_TO_MEDIUM",
  "medium-to-high": "MEDIUM_TO_HIGH",
  unspecified: null,
};
const HORIZON_TO_DB: Record<HorizonValue, EmergenceHorizon | null> = {
  "5-year": "FIVE_YEARS",
  "10-year": "TEN_YEARS",
  unspecified: null,
};
export const TIER_FROM_DB = (t: SkillTier | null): TierValue =>
  t === "LOW_TO_MEDIUM" ? "low-to-medium" : t === "MEDIUM_TO_HIGH" ? "medium-to-high" : "unspecified";
export const HORIZON_FROM_DB = (h: EmergenceHorizon | null): HorizonValue =>
  h === "FIVE_YEARS" ? "5-year" : h === "TEN_YEARS" ? "10-year" : "unspecified";

/** Role columns set from a validated input (slug handled separately). */
/** A role's own columns, without those the database derives (search and sort columns, set by a trigger). */
export type StoredRole = Omit<Role, "sortTitle" | "sortKeyZh" | "listedAt" | "searchTitle" | "searchSummary" | "searchText" | "searchTokens">;

export function roleColumns(input: RoleInput) {
  return {
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    summaryEn: input.summaryEn,
    summaryZh: input.summaryZh,
    descriptionEn: input.descriptionEn,
    descriptionZh: input.descriptionZh,
    tier: TIER_TO_DB[input.tier],
    horizon: HORIZON_TO_DB[input.horizon],
    sourceName: input.sourceName || null,
    sortKeyZh: zhSortKey(input.titleZh, input.titleEn),
  };
}

/** The audited view of a role: the fields staff can change, in the spelling of the form and the public JSON. */
export function roleSnapshot(r: StoredRole): Record<string, unknown> {
  return {
    slug: r.slug,
    titleEn: r.titleEn,
    titleZh: r.titleZh,
    summaryEn: r.summaryEn,
    summaryZh: r.summaryZh,
    descriptionEn: r.descriptionEn,
    descriptionZh: r.descriptionZh,
    tier: TIER_FROM_DB(r.tier),
    horizon: HORIZON_FROM_DB(r.horizon),
    sourceName: r.sourceName ?? "",
    status: r.status.toLowerCase(),
    publishedAt: r.publishedAt,
    deletedAt: r.deletedAt,
  };
}

/** Slugs in use by roles or reserved by redirects, among `base` and `base-<n>`. */
async function takenSlugs(tx: Tx, base: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM roles WHERE slug = ${base} OR slug ~ ${`^${base}-[0-9]+$`}
    UNION ALL
    SELECT old_slug FROM slug_redirects WHERE old_slug = ${base} OR old_slug ~ ${`^${base}-[0-9]+$`}`;
  return new Set(rows.map((r) => r.slug));
}

/** Throws slug_taken unless `slug` is free for role `roleId` (a redirect to that same role does not count). */
async function assertSlugFree(tx: Tx, slug: string, roleId: string | null): Promise<void> {
  const role = await tx.role.findUnique({ where: { slug }, select: { id: true } });
  const redirect = await tx.slugRedirect.findUnique({ where: { oldSlug: slug }, select: { roleId: true } });
  if ((role && role.id !== roleId) || (redirect && redirect.roleId !== roleId)) {
    throw new RoleError("slug_taken", `The slug "${slug}" is already used by another listing`);
  }
}

/** A unique slug for a new role: the given one (must be free) or one generated from the titles. */
export async function slugForNewRole(tx: Tx, input: RoleInput): Promise<string> {
  if (input.slug) {
    await assertSlugFree(tx, input.slug, null);
    return input.slug;
  }
  const base = baseSlug(input.titleEn, input.titleZh);
  return firstFreeSlug(base, await takenSlugs(tx, base));
}

const isUniqueViolation = (err: unknown) =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

/**
 * Creates a draft. `idempotencyKey` (a UUID generated when the form was rendered) makes a double submit, a
 * resubmitted form or concurrent identical requests create one listing: the first claims the key, the others
 * wait for it and get its role with `created: false`. A key used by another staff member → duplicate_submission.
 * Explicit slug already in use → slug_taken. Editors and admins.
 */
export async function createRole(
  prisma: Db,
  actor: Actor,
  input: RoleInput,
  idempotencyKey: string,
): Promise<{ role: Role; created: boolean }> {
  assertRole(actor, "editor");
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        const claimed = await tx.$executeRaw`
          INSERT INTO idempotency_keys (key, actor_id) VALUES (${idempotencyKey}::uuid, ${actor.id}::uuid)
          ON CONFLICT (key) DO NOTHING`;
        if (claimed === 0) {
          const prior = await tx.idempotencyKey.findUnique({ where: { key: idempotencyKey }, include: { role: true } });
          if (!prior?.role || prior.actorId !== actor.id) {
            throw new RoleError("duplicate_submission", "This form was already submitted. Reload the page to start a new listing.");
          }
          return { role: prior.role, created: false };
        }
        const slug = await slugForNewRole(tx, input);
        const role = await tx.role.create({ data: { ...roleColumns(input), slug, status: "DRAFT" } });
        await tx.idempotencyKey.update({ where: { key: idempotencyKey }, data: { roleId: role.id } });
        await recordAudit(tx, {
          actor,
          action: "role.create",
          entityType: "role",
          entityId: role.id,
          version: role.version,
          changes: diffFields(null, roleSnapshot(role)),
        });
        return { role, created: true };
      }, TX_OPTIONS);
    } catch (err) {
      // Two new roles generated the same slug at the same moment: the loser picks the next free one.
      if (isUniqueViolation(err) && !input.slug && attempt < 5) continue;
      if (isUniqueViolation(err)) throw new RoleError("slug_taken", `The slug "${input.slug}" is already used by another listing`);
      throw err;
    }
  }
}

/**
 * What changed in role `id` after `sinceVersion`, field by field, from the audit log (lib/workflow/conflicts.ts):
 * each field's value at `sinceVersion` (`before`), now (`after`), who changed it and when last; a field changed and
 * changed back is left out.
 */
export function changesSince(prisma: Db | Tx, id: string, sinceVersion: number): Promise<ConflictChange[]> {
  return changesSinceIn(prisma, "role", id, sinceVersion);
}

/** A role's form fields in the audited spelling (roleSnapshot's), as strings. */
function formSnapshot(role: StoredRole): Record<RoleField, string> {
  const snap = roleSnapshot(role);
  return Object.fromEntries(ROLE_FIELDS.map((f) => [f, String(snap[f] ?? "")])) as Record<RoleField, string>;
}

/**
 * The three-way merge of `input` (started from `baseVersion`) onto the stored role `current`, with the base values
 * (and, for a save over a reported conflict, the values shown then, at `shownVersion`) rebuilt from the audit log:
 * each field's value at a version is the `before` of its first change after it, or the stored value when it has
 * not changed since. Throws invalid_state when the log misses a version in between (the values could not be
 * trusted). Output: the merge and their changes since the base, each with what saving over would do.
 */
async function mergeOnto(
  tx: Tx,
  current: Role,
  baseVersion: number,
  shownVersion: number | null,
  input: RoleInput,
): Promise<{ merge: MergeResult<RoleField, string>; changes: ConflictChange[] }> {
  const entries = await auditEntriesAfter(tx, "role", current.id, baseVersion);
  const versions = new Set(entries.map((e) => e.version));
  for (let v = baseVersion + 1; v <= current.version; v++) {
    if (!versions.has(v)) throw new RoleError("invalid_state", "This listing's history is incomplete, so your edit cannot be merged with the newer version: reload the page and make your edit again");
  }
  const text = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : JSON.stringify(v));
  const theirs = formSnapshot(current);
  const changes = foldChanges(entries);
  const base = { ...theirs };
  for (const c of changes) if (isRoleField(c.field)) base[c.field] = text(c.before);
  let shown: Partial<Record<RoleField, string>> | undefined;
  if (shownVersion !== null && shownVersion > baseVersion) {
    shown = { ...base };
    for (const c of foldChanges(entries.filter((e) => e.version !== null && e.version <= shownVersion))) {
      if (isRoleField(c.field)) shown[c.field] = text(c.after);
    }
  }
  // An empty slug keeps the listing's slug, i.e. the caller did not change it.
  const mine = Object.fromEntries(ROLE_FIELDS.map((f) => [f, f === "slug" ? input.slug || base.slug : input[f]])) as Record<RoleField, string>;
  const merge = mergeFields({ fields: ROLE_FIELDS, base, theirs, mine, shown });
  const outcomes = new Map(merge.fields.map((m) => [m.field as string, m]));
  return {
    merge,
    changes: changes.map((c) => {
      const m = outcomes.get(c.field);
      if (!m) return { ...c, outcome: "theirs" as const };
      // Once this conflict has been shown, saving over it replaces their value: that is what the caller is told.
      const outcome = m.outcome === "same" ? "same" : m.outcome === "overwrite" || m.outcome === "conflict" ? "overwrite" : "theirs";
      return { ...c, outcome, mine: m.mine };
    }),
  };
}

const isRoleField = (f: string): f is RoleField => (ROLE_FIELDS as readonly string[]).includes(f);

function conflictError(baseVersion: number, current: Role, changes: ConflictChange[]): RoleError {
  return new RoleError(
    "conflict",
    `Someone else saved this listing after you opened it (you started from version ${baseVersion}, it is now at ${current.version}). Nothing was saved: review which of their changes your input keeps and which it overwrites, then save over their version.`,
    { baseVersion, currentVersion: current.version, changes },
  );
}

/** Takes the row lock on role `id` for the rest of the transaction, so its version cannot move under a merge. */
async function lockRole(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM roles WHERE id = ${id}::uuid FOR UPDATE`;
}

async function loadLive(tx: Tx, id: string): Promise<Role> {
  const role = await tx.role.findUnique({ where: { id } });
  if (!role) throw new RoleError("not_found", "No such listing");
  if (role.deletedAt) throw new RoleError("not_found", "This listing was deleted; an admin can restore it first");
  return role;
}

/**
 * Saves an edit. Input: the actor, the role's id, `expectedVersion` (the version the caller last saw: the form's
 * version, or the one a conflict reported), the validated input, and `baseVersion` (the version the input started
 * from; default `expectedVersion`).
 * - A plain save (`baseVersion` = `expectedVersion`) needs the stored version to be that one; else it is refused
 *   with a conflict (RoleError "conflict", `conflict` = their changes since the base, each with what saving over
 *   would do). Of two simultaneous saves of the same version exactly one wins (row lock, UPDATE … WHERE version).
 * - Saving over (`baseVersion` < `expectedVersion`) merges field by field (lib/workflow/merge.ts): a field the
 *   caller left as it was at the base (or as the conflict showed it) takes the stored value, a field only the
 *   caller changed takes the caller's, and where both changed it differently the caller's wins only if the stored
 *   value is still the one shown at `expectedVersion`; otherwise it is refused with a new conflict. Base and
 *   shown values come from the audit log; a gap in it → invalid_state.
 * An empty slug keeps the current one; a new slug for a role that was ever public leaves a redirect from the old
 * one. Editors may edit drafts and listings in review; admins any listing that is not deleted (else AccessDenied;
 * deleted or unknown → not_found; slug in use → slug_taken). Output: the stored role, whether anything changed
 * (an edit that changes nothing keeps the version), the slug before, and the merge when it saved over.
 */
export async function updateRole(
  prisma: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: RoleInput,
  { baseVersion = expectedVersion }: { baseVersion?: number } = {},
): Promise<{ role: Role; changed: boolean; previousSlug: string; merge: MergeResult<RoleField, string> | null }> {
  assertRole(actor, "editor");
  if (!Number.isInteger(baseVersion) || baseVersion < 1 || baseVersion > expectedVersion) {
    throw new RangeError(`baseVersion must be a version from 1 to expectedVersion (${expectedVersion}), not ${baseVersion}`);
  }
  try {
    return await prisma.$transaction(async (tx) => {
      await lockRole(tx, id);
      const current = await loadLive(tx, id);
      if (actor.role !== "admin" && current.status !== "DRAFT" && current.status !== "REVIEW") {
        throw new AccessDenied(403, "Only an admin may edit a published or archived listing.");
      }
      let merge: MergeResult<RoleField, string> | null = null;
      let wanted = input;
      if (baseVersion === expectedVersion) {
        if (current.version !== expectedVersion) {
          throw conflictError(baseVersion, current, (await mergeOnto(tx, current, baseVersion, null, input)).changes);
        }
      } else {
        // A version the caller cannot have been shown (newer than the stored one) counts as nothing shown.
        const shown = expectedVersion <= current.version ? expectedVersion : null;
        const r = await mergeOnto(tx, current, baseVersion, shown, input);
        if (r.merge.conflicts.length > 0 || shown === null) throw conflictError(baseVersion, current, r.changes);
        merge = r.merge;
        wanted = r.merge.merged as RoleInput;
      }
      const slug = wanted.slug || current.slug;
      if (slug !== current.slug) {
        await assertSlugFree(tx, slug, id);
        await tx.slugRedirect.deleteMany({ where: { oldSlug: slug, roleId: id } });
        if (current.publishedAt) {
          await tx.slugRedirect.upsert({ where: { oldSlug: current.slug }, create: { oldSlug: current.slug, roleId: id }, update: { roleId: id } });
        }
      }
      const data = { ...roleColumns(wanted), slug };
      const changes = diffFields(roleSnapshot(current), roleSnapshot({ ...current, ...data }));
      if (Object.keys(changes).length === 0) return { role: current, changed: false, previousSlug: current.slug, merge };
      // The row lock makes this always match; the version condition stays as the invariant's second guard.
      const { count } = await tx.role.updateMany({
        where: { id, version: current.version, deletedAt: null },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw conflictError(baseVersion, current, await changesSince(tx, id, baseVersion));
      const role = await tx.role.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { actor, action: "role.update", entityType: "role", entityId: id, version: role.version, changes });
      return { role, changed: true, previousSlug: current.slug, merge };
    }, TX_OPTIONS);
  } catch (err) {
    if (isUniqueViolation(err)) throw new RoleError("slug_taken", `The slug "${input.slug}" is already used by another listing`);
    throw err;
  }
}

/** Workflow steps a listing can take (lib/workflow/transitions.ts: who may take each, from which state). */
export const ROLE_INTENTS = WORKFLOW_INTENTS;
export type RoleIntent = WorkflowIntent;
export { INTENT_MIN_ROLE, transitionFor };

/**
 * Moves a listing one workflow step (see transitionFor), from `expectedVersion` like an edit (a stale version is a
 * conflict). Editors may only submit; everything else needs an admin (AccessDenied 403). A step that does not apply
 * to the listing's state → invalid_state.
 */
export async function transitionRole(
  prisma: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  intent: RoleIntent,
): Promise<{ role: Role }> {
  assertRole(actor, INTENT_MIN_ROLE[intent]);
  return prisma.$transaction(async (tx) => {
    await lockRole(tx, id);
    const current = await tx.role.findUnique({ where: { id } });
    if (!current) throw new RoleError("not_found", "No such listing");
    if (current.version !== expectedVersion) throw conflictError(expectedVersion, current, await changesSince(tx, id, expectedVersion));
    const t = transitionFor(current, intent, new Date());
    if ("refused" in t) throw new RoleError("invalid_state", t.refused);
    const { count } = await tx.role.updateMany({
      where: { id, version: expectedVersion },
      data: { ...t.data, version: { increment: 1 } },
    });
    if (count === 0) throw conflictError(expectedVersion, current, await changesSince(tx, id, expectedVersion));
    const role = await tx.role.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actor,
      action: `role.${intent}`,
      entityType: "role",
      entityId: id,
      version: role.version,
      changes: diffFields(roleSnapshot(current), roleSnapshot(role)),
    });
    return { role };
  }, TX_OPTIONS);
}
