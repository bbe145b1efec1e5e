import "server-only";
import { db } from "@/lib/db";

/*
 * Server-side sign-in sessions (table staff_sessions). Auth.js keeps its signed JWT cookie; the cookie carries the
 * session's id (`sid`), and requireStaff accepts it only while that row is live. So sign-out and a password reset
 * revoke sessions at once, instead of a copied cookie working until it expires (8 hours).
 */

/**
 * Records a new sign-in of `userId` lasting `maxAgeSeconds`; returns its id for the cookie. Also deletes that
 * user's sessions that ended more than a day ago, so the table stays small.
 */
export async function createStaffSession(userId: string, maxAgeSeconds: number): Promise<string> {
  const now = Date.now();
  await db().staffSession.deleteMany({ where: { userId, expiresAt: { lt: new Date(now - 24 * 3600 * 1000) } } });
  const row = await db().staffSession.create({ data: { userId, expiresAt: new Date(now + maxAgeSeconds * 1000) } });
  return row.id;
}

/** True while session `id` of `userId` exists, is not revoked and has not expired. */
export async function isStaffSessionLive(id: string, userId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const row = await db().staffSession.findUnique({ where: { id }, select: { userId: true, revokedAt: true, expiresAt: true } });
  return !!row && row.userId === userId && row.revokedAt === null && row.expiresAt.getTime() > Date.now();
}

/** Ends session `id` (sign-out). Unknown or already revoked ids are ignored. */
export async function revokeStaffSession(id: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return;
  await db().staffSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}
