import type { Changes } from "@/lib/audit/log";
import type { AuditEntry, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { MergeOutcome } from "./merge";

/*
 * Versioned edits: every listing row carries a version; an edit names the version it started from, and a save
 * over a newer version is refused with what changed since, read from the audit log (which records each change's
 * resulting version in the same transaction).
 */

/** One field someone else changed since the version an edit started from. */
export interface ConflictChange {
  field: string;
  /** Value in the version the user started from. */
  before: unknown;
  /** Value now stored. */
  after: unknown;
  by: string[];
  at: string;
  /**
   * What saving over now (from the reported version) would do with their change: "theirs" = kept (the caller did
   * not change the field, or it is not a form field), "same" = kept (the caller made the same change),
   * "overwrite" = replaced by the caller's value (`mine`). Set by the entity's merge (roles so far).
   */
  outcome?: Extract<MergeOutcome, "theirs" | "same" | "overwrite">;
  /** For a form field: the value the caller's input gives it (audited spelling). */
  mine?: unknown;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** Audit entries of `entityType`/`id` after `sinceVersion`, oldest first. */
export function auditEntriesAfter(prisma: Db, entityType: "role" | "opening", id: string, sinceVersion: number): Promise<AuditEntry[]> {
  return prisma.auditEntry.findMany({
    where: { entityType, entityId: id, version: { gt: sinceVersion } },
    orderBy: { id: "asc" },
  });
}

/** Entries folded field by field: first `before`, last `after`, everyone who changed it; net no-ops left out. */
export function foldChanges(entries: AuditEntry[]): ConflictChange[] {
  const byField = new Map<string, ConflictChange>();
  for (const e of entries) {
    for (const [field, change] of Object.entries(e.changes as unknown as Changes)) {
      const prev = byField.get(field);
      if (prev) {
        prev.after = change.after;
        if (!prev.by.includes(e.actorEmail)) prev.by.push(e.actorEmail);
        prev.at = e.createdAt.toISOString();
      } else {
        byField.set(field, { field, before: change.before, after: change.after, by: [e.actorEmail], at: e.createdAt.toISOString() });
      }
    }
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return [...byField.values()].filter((c) => !same(c.before, c.after));
}

/**
 * What changed in entity `entityType`/`id` after `sinceVersion`, field by field, from the audit log: for each
 * field its value at `sinceVersion` (the first entry's before), its value now (the last entry's after), everyone
 * who changed it and when it last changed. A field changed and changed back is left out.
 */
export async function changesSince(prisma: Db, entityType: "role" | "opening", id: string, sinceVersion: number): Promise<ConflictChange[]> {
  return foldChanges(await auditEntriesAfter(prisma, entityType, id, sinceVersion));
}
