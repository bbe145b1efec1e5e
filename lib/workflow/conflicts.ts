import type { Changes } from "@/lib/audit/log";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

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
}

/**
 * What changed in entity `entityType`/`id` after `sinceVersion`, field by field, from the audit log: for each
 * field its value at `sinceVersion` (the first entry's before), its value now (the last entry's after), everyone
 * who changed it and when it last changed.
 */
export async function changesSince(
  prisma: PrismaClient | Prisma.TransactionClient,
  entityType: "role" | "opening",
  id: string,
  sinceVersion: number,
): Promise<ConflictChange[]> {
  const entries = await prisma.auditEntry.findMany({
    where: { entityType, entityId: id, version: { gt: sinceVersion } },
    orderBy: { id: "asc" },
  });
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
  return [...byField.values()];
}
