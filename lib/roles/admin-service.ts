import { diffFields, recordAudit } from "@/lib/audit/log";
import { AccessDenied, type Actor, assertRole } from "@/lib/auth/roles";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EmergenceHorizon, Role, SkillTier } from "@/lib/generated/prisma/client";
import { type ConflictChange, changesSince as changesSinceIn } from "@/lib/workflow/conflicts";
import { INTENT_MIN_ROLE, transitionFor, WORKFLOW_INTENTS, type WorkflowIntent } from "@/lib/workflow/transitions";
import type { HorizonValue, TierValue } from "./constants";
import type { RoleInput } from "./form";
import { baseSlug, firstFreeSlug } from "./slug";

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
export { INTENT_MIN_ROLE, transitionFor } from "@/lib/workflow/transitions";

export class RoleError extends Error {
  readonly kind: RoleErrorKind;
  readonly status: number;
  /** For "conflict": the stored version and what changed since the caller's version. */
  readonly conflict?: { currentVersion: number; changes: ConflictChange[] };
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
export type StoredRole = Omit<Role, "sortTitle" | "listedAt" | "searchTitle" | "searchSummary" | "searchText" | "searchTokens">;

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

/** What changed in role `id` after `sinceVersion`, field by field, from the audit log. */
export function changesSince(prisma: Db | Tx, id: string, sinceVersion: number): Promise<ConflictChange[]> {
  return changesSinceIn(prisma, "role", id, sinceVersion);
}

async function conflictError(prisma: Db, id: string, expectedVersion: number): Promise<RoleError> {
  const current = await prisma.role.findUnique({ where: { id }, select: { version: true } });
  return new RoleError(
    "conflict",
    `Someone else saved this listing after you opened it (you started from version ${expectedVersion}, it is now at ${current?.version ?? "?"}). Your input is kept below: compare, merge and save again.`,
    { currentVersion: current?.version ?? expectedVersion, changes: await changesSince(prisma, id, expectedVersion) },
  );
}

async function loadLive(tx: Tx, id: string): Promise<Role> {
  const role = await tx.role.findUnique({ where: { id } });
  if (!role) throw new RoleError("not_found", "No such listing");
  if (role.deletedAt) throw new RoleError("not_found", "This listing was deleted; an admin can restore it first");
  return role;
}

/**
 * Saves an edit made from `expectedVersion`. Refused with a conflict (and what changed since) when the stored
 * version is newer; of two simultaneous saves of the same version exactly one wins (UPDATE … WHERE version = v).
 * An empty slug keeps the current one; a new slug for a role that was ever public leaves a redirect from the old
 * one. Editors may edit drafts and listings in review; admins any listing that is not deleted. An edit that
 * changes nothing returns `changed: false` and keeps the version.
 */
export async function updateRole(
  prisma: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: RoleInput,
): Promise<{ role: Role; changed: boolean; previousSlug: string }> {
  assertRole(actor, "editor");
  let stale = false;
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await loadLive(tx, id);
      if (actor.role !== "admin" && current.status !== "DRAFT" && current.status !== "REVIEW") {
        throw new AccessDenied(403, "Only an admin may edit a published or archived listing.");
      }
      if (current.version !== expectedVersion) {
        stale = true;
        throw new RoleError("conflict", "stale");
      }
      const slug = input.slug || current.slug;
      if (slug !== current.slug) {
        await assertSlugFree(tx, slug, id);
        await tx.slugRedirect.deleteMany({ where: { oldSlug: slug, roleId: id } });
        if (current.publishedAt) {
          await tx.slugRedirect.upsert({ where: { oldSlug: current.slug }, create: { oldSlug: current.slug, roleId: id }, update: { roleId: id } });
        }
      }
      const data = { ...roleColumns(input), slug };
      const changes = diffFields(roleSnapshot(current), roleSnapshot({ ...current, ...data }));
      if (Object.keys(changes).length === 0) return { role: current, changed: false, previousSlug: current.slug };
      const { count } = await tx.role.updateMany({
        where: { id, version: expectedVersion, deletedAt: null },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) {
        stale = true;
        throw new RoleError("conflict", "stale");
      }
      const role = await tx.role.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { actor, action: "role.update", entityType: "role", entityId: id, version: role.version, changes });
      return { role, changed: true, previousSlug: current.slug };
    }, TX_OPTIONS);
  } catch (err) {
    if (stale) throw await conflictError(prisma, id, expectedVersion);
    if (isUniqueViolation(err)) throw new RoleError("slug_taken", `The slug "${input.slug}" is already used by another listing`);
    throw err;
  }
}

/** Workflow steps a listing can take (lib/workflow/transitions.ts, shared with openings). */
export const ROLE_INTENTS = WORKFLOW_INTENTS;
export type RoleIntent = WorkflowIntent;

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
  let stale = false;
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.role.findUnique({ where: { id } });
      if (!current) throw new RoleError("not_found", "No such listing");
      if (current.version !== expectedVersion) {
        stale = true;
        throw new RoleError("conflict", "stale");
      }
      const t = transitionFor(current, intent, new Date());
      if ("refused" in t) throw new RoleError("invalid_state", t.refused);
      const { count } = await tx.role.updateMany({
        where: { id, version: expectedVersion },
        data: { ...t.data, version: { increment: 1 } },
      });
      if (count === 0) {
        stale = true;
        throw new RoleError("conflict", "stale");
      }
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
  } catch (err) {
    if (stale) throw await conflictError(prisma, id, expectedVersion);
    throw err;
  }
}
