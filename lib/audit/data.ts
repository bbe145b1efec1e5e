import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditQuery } from "./query";

export const AUDIT_PAGE_SIZE = 50;

/**
 * A page of audit entries matching the filters, newest first, and the id to pass as `before` for the next page
 * (null on the last). Admins only.
 */
export async function listAuditEntries(query: AuditQuery) {
  await requireStaff("admin");
  const where: Prisma.AuditEntryWhereInput = {
    ...(query.action ? { action: query.action } : {}),
    ...(query.entity ? { entityType: query.entity } : {}),
    ...(query.actor ? { actorEmail: { contains: query.actor, mode: "insensitive" } } : {}),
    ...(query.id ? { entityId: query.id } : {}),
    ...(query.before ? { id: { lt: BigInt(query.before) } } : {}),
  };
  const rows = await db().auditEntry.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, nextBefore: more ? String(entries[entries.length - 1]?.id) : null };
}
