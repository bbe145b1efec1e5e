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

/** What an audit entry is about, as the log names it: a listing's or an opening's titles, a staff account's email. */
export interface AuditSubject {
  entityType: "role" | "opening" | "staff";
  titleEn: string;
  titleZh: string;
  /** The admin page of that entity (locale-free), where it can be opened. */
  href: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The subjects of audit entries, by entity id: for roles and openings their current titles (deleted ones too) and
 * edit page, for staff accounts their email and the staff page. Ids with no stored entity (or not UUIDs) are left
 * out, so the log falls back to the id. Input: entries from listAuditEntries. Admins only. Three queries at most.
 */
export async function auditSubjects(entries: readonly { entityType: string; entityId: string }[]): Promise<Map<string, AuditSubject>> {
  await requireStaff("admin");
  const ids = (type: string) => [...new Set(entries.filter((e) => e.entityType === type && UUID.test(e.entityId)).map((e) => e.entityId))];
  const [roleIds, openingIds, staffIds] = [ids("role"), ids("opening"), ids("staff")];
  const select = { id: true, titleEn: true, titleZh: true } as const;
  const [roles, openings, staff] = await Promise.all([
    roleIds.length ? db().role.findMany({ where: { id: { in: roleIds } }, select }) : [],
    openingIds.length ? db().opening.findMany({ where: { id: { in: openingIds } }, select }) : [],
    staffIds.length ? db().staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } }) : [],
  ]);
  const out = new Map<string, AuditSubject>();
  for (const r of roles) out.set(r.id, { entityType: "role", titleEn: r.titleEn, titleZh: r.titleZh, href: `/admin/roles/${r.id}` });
  for (const o of openings) out.set(o.id, { entityType: "opening", titleEn: o.titleEn, titleZh: o.titleZh, href: `/admin/openings/${o.id}` });
  for (const s of staff) out.set(s.id, { entityType: "staff", titleEn: s.email, titleZh: s.email, href: "/admin/staff" });
  return out;
}
