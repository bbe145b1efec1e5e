import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { AuditEntry, Role } from "@/lib/generated/prisma/client";
import { type AdminRoleQuery, adminScope } from "@/lib/roles/admin/query";
import { listRoles } from "@/lib/roles/data";
import type { RoleListItem, RoleListResult } from "@/lib/roles/types";

/*
 * Server-only reads for the admin. Each function checks the session and role itself (requireStaff), whatever
 * page calls it: unpublished listings are never read without it.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An admin list row: the public list item plus its id, workflow state and version. */
export interface AdminRoleListItem extends RoleListItem {
  id: string;
  status: Role["status"];
  version: number;
  deleted: boolean;
  updatedAt: Date;
}

/**
 * One page of listings in any state for the admin list, with the public list's filters, search, facets and
 * sorting (listRoles) and the admin `status` filter. Editors and admins; throws AccessDenied otherwise.
 */
export async function listAdminRoles(query: AdminRoleQuery): Promise<Omit<RoleListResult, "items"> & { items: AdminRoleListItem[] }> {
  await requireStaff("editor");
  const result = await listRoles(query, adminScope(query.status));
  const meta = await db().role.findMany({
    where: { slug: { in: result.items.map((i) => i.slug) } },
    select: { slug: true, id: true, status: true, version: true, deletedAt: true, updatedAt: true },
  });
  const bySlug = new Map(meta.map((m) => [m.slug, m]));
  const items = result.items.flatMap((item) => {
    const m = bySlug.get(item.slug);
    return m ? [{ ...item, id: m.id, status: m.status, version: m.version, deleted: m.deletedAt !== null, updatedAt: m.updatedAt }] : [];
  });
  return { ...result, items };
}

/** A listing in any state (deleted too) by id, or null (also for a malformed id). Editors and admins. */
export async function getAdminRole(id: string): Promise<Role | null> {
  await requireStaff("editor");
  if (!UUID.test(id)) return null;
  return db().role.findUnique({ where: { id } });
}

/** A listing's audit history, newest first. Editors and admins. */
export async function getRoleHistory(id: string): Promise<AuditEntry[]> {
  await requireStaff("editor");
  if (!UUID.test(id)) return [];
  return db().auditEntry.findMany({ where: { entityType: "role", entityId: id }, orderBy: { id: "desc" }, take: 500 });
}
