import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One changed field: its value before and after (null where the entity did not exist). */
export interface FieldChange {
  before: unknown;
  after: unknown;
}
export type Changes = Record<string, FieldChange>;

/** Every audit action the app records. */
export const AUDIT_ACTIONS = [
  "role.create",
  "role.update",
  "role.submit",
  "role.publish",
  "role.unpublish",
  "role.archive",
  "role.restore",
  "role.delete",
  "role.import",
  "opening.create",
  "opening.update",
  "opening.submit",
  "opening.publish",
  "opening.unpublish",
  "opening.archive",
  "opening.restore",
  "opening.delete",
  "opening.import",
  "staff.create",
  "staff.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry is about: a role listing, an opening (job posting) or a staff account. */
export const AUDIT_ENTITIES = ["role", "opening", "staff"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * The fields whose values differ between two snapshots, with before/after values. A missing snapshot (creation)
 * gives every non-empty field of the other one. Values are compared as JSON, so Dates compare by instant.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Changes {
  const json = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const k of keys) {
    const b = json(before?.[k]);
    const a = json(after?.[k]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    if (!before && (a === "" || a === null)) continue;
    changes[k] = { before: before ? b : null, after: after ? a : null };
  }
  return changes;
}

/** Changes as Prisma's JSON input type (they are plain JSON by construction). */
export const changesJson = (c: Changes) => c as unknown as Prisma.InputJsonValue;

/**
 * Appends one entry to the audit log inside the caller's transaction `tx`, so the entry exists exactly when the
 * change does. `actor` null = the command line. Throws whatever the database throws (the change rolls back).
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: {
    actor: Actor | null;
    action: AuditAction;
    entityType: AuditEntity;
    entityId: string;
    version?: number | null;
    changes: Changes;
  },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? "cli",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      version: entry.version ?? null,
      changes: changesJson(entry.changes),
    },
  });
}
