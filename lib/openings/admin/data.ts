import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type AuditEntry, Prisma, type RoleStatus } from "@/lib/generated/prisma/client";
import { adminScope, type AdminStatusValue } from "@/lib/roles/admin/query";
import { idMatchesKeyword, OPENING_SEARCH, searchRead } from "@/lib/search/sql";
import { searchPlan } from "@/lib/search/segment";
import type { OpeningRow } from "@/lib/openings/admin/service";
import { ADMIN_OPENINGS_PAGE_SIZE, type AdminOpeningQuery } from "@/lib/openings/admin/query";

/*
 * Server-only reads for the openings admin. Each function checks the session and role itself (requireStaff),
 * whatever page calls it: unpublished openings are never read without it. The list and its count share one WHERE.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One row of the admin openings list. */
export interface AdminOpeningListItem {
  id: string;
  slug: string;
  titleEn: string;
  titleZh: string;
  employerName: string;
  status: RoleStatus;
  deleted: boolean;
  version: number;
  /** YYYY-MM-DD. */
  datePosted: string;
  /** True once the opening's valid-through day has ended in its time zone. */
  expired: boolean;
  updatedAt: Date;
  role: { slug: string; titleEn: string; titleZh: string };
}

export interface AdminOpeningList {
  items: AdminOpeningListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** Openings per state (deleted ones as "deleted") matching the keyword and role, whatever the status filter. */
  statusCounts: Record<AdminStatusValue, number>;
}

/** The WHERE of the list without its status part (the status counts leave that out). */
function baseWhere(query: AdminOpeningQuery, pieces: readonly string[]): Prisma.Sql {
  const parts = [idMatchesKeyword(pieces, OPENING_SEARCH, "o.id")];
  if (query.role) parts.push(Prisma.sql`r.slug = ${query.role}`);
  return Prisma.join(parts, " AND ");
}

function statusWhere(status: readonly AdminStatusValue[]): Prisma.Sql {
  const scope = adminScope(status);
  const parts: Prisma.Sql[] = [];
  if (scope.statuses.length) parts.push(Prisma.sql`(o.deleted_at IS NULL AND o.status = ANY(${[...scope.statuses]}::role_status[]))`);
  if (scope.deleted) parts.push(Prisma.sql`o.deleted_at IS NOT NULL`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * A page of openings in any state for the admin list, most recently changed first, filtered by status, keyword
 * and role (lib/openings/admin/query.ts), with the total and the per-status counts. Editors and admins; throws
 * AccessDenied otherwise.
 */
export async function listAdminOpenings(query: AdminOpeningQuery, now: Date = new Date()): Promise<AdminOpeningList> {
  await requireStaff("editor");
  const { pieces } = searchPlan(query.q);
  const searched = pieces.length > 0;
  const base = baseWhere(query, pieces);
  const where = Prisma.sql`${base} AND ${statusWhere(query.status)}`;
  const offset = (query.page - 1) * ADMIN_OPENINGS_PAGE_SIZE;
  const [rows, counts] = await Promise.all([
    searchRead<Omit<AdminOpeningListItem, "role" | "deleted" | "expired"> & { deletedAt: Date | null; expiresAt: Date; roleSlug: string; roleTitleEn: string; roleTitleZh: string }>(Prisma.sql`
      SELECT o.id, o.slug, o.title_en AS "titleEn", o.title_zh AS "titleZh", o.employer_name AS "employerName",
             upper(o.status::text) AS status, o.version, o.deleted_at AS "deletedAt", o.updated_at AS "updatedAt",
             to_char(o.date_posted, 'YYYY-MM-DD') AS "datePosted", o.expires_at AS "expiresAt",
             r.slug AS "roleSlug", r.title_en AS "roleTitleEn", r.title_zh AS "roleTitleZh"
      FROM openings o JOIN roles r ON r.id = o.role_id
      WHERE ${where}
      ORDER BY o.updated_at DESC, o.id
      LIMIT ${ADMIN_OPENINGS_PAGE_SIZE} OFFSET ${offset}`, searched),
    searchRead<{ state: AdminStatusValue; count: number }>(Prisma.sql`
      SELECT CASE WHEN o.deleted_at IS NOT NULL THEN 'deleted' ELSE o.status::text END AS state, count(*)::int AS count
      FROM openings o JOIN roles r ON r.id = o.role_id
      WHERE ${base}
      GROUP BY 1`, searched),
  ]);
  const statusCounts: Record<AdminStatusValue, number> = { draft: 0, review: 0, published: 0, archived: 0, deleted: 0 };
  for (const c of counts) statusCounts[c.state] = c.count;
  const scope = adminScope(query.status);
  let total = scope.deleted ? statusCounts.deleted : 0;
  for (const s of scope.statuses) total += statusCounts[s];
  return {
    items: rows.map(({ deletedAt, expiresAt, roleSlug, roleTitleEn, roleTitleZh, ...r }) => ({
      ...r,
      deleted: deletedAt !== null,
      expired: expiresAt.getTime() <= now.getTime(),
      role: { slug: roleSlug, titleEn: roleTitleEn, titleZh: roleTitleZh },
    })),
    total,
    page: query.page,
    pageSize: ADMIN_OPENINGS_PAGE_SIZE,
    statusCounts,
  };
}

/** An opening for its admin page: the row and its role's names and state. */
export type AdminOpening = OpeningRow & { role: { slug: string; titleEn: string; titleZh: string; status: RoleStatus; deletedAt: Date | null } };

/** An opening in any state (deleted too) by id, with its role, or null (also for a malformed id). Editors and admins. */
export async function getAdminOpening(id: string): Promise<AdminOpening | null> {
  await requireStaff("editor");
  if (!UUID.test(id)) return null;
  return db().opening.findUnique({
    where: { id },
    include: { role: { select: { slug: true, titleEn: true, titleZh: true, status: true, deletedAt: true } } },
  });
}

/** An opening's audit history, newest first. Editors and admins. */
export async function getOpeningHistory(id: string): Promise<AuditEntry[]> {
  await requireStaff("editor");
  if (!UUID.test(id)) return [];
  return db().auditEntry.findMany({ where: { entityType: "opening", entityId: id }, orderBy: { id: "desc" }, take: 500 });
}

/** A role an opening can be filed under, as the form's role select shows it. */
export interface RoleChoice {
  slug: string;
  titleEn: string;
  titleZh: string;
  status: RoleStatus;
}

/** Every role that is not deleted, by title (the opening form's role select). Editors and admins. */
export async function listRoleChoices(): Promise<RoleChoice[]> {
  await requireStaff("editor");
  return db().role.findMany({
    where: { deletedAt: null },
    select: { slug: true, titleEn: true, titleZh: true, status: true },
    orderBy: [{ sortTitle: "asc" }, { slug: "asc" }],
  });
}
