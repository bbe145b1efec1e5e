import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { AccessDenied, type Actor, roleAtLeast, type StaffRoleValue } from "./roles";
import { isStaffSessionLive } from "./sessions";

/*
 * The one authorization gate. Every server action, route handler and admin data function calls requireStaff
 * itself; proxy.ts only redirects for convenience. The session (a signed JWT cookie from Auth.js) says who the
 * user is; the role and the active flag are re-read from the database on every request, so a demoted or
 * disabled account loses access at once, whatever its cookie says.
 */

/**
 * Who the session cookie says is signed in: a staff user id and the sign-in's session id (staff_sessions), or null.
 * A test reader may leave `sessionId` out to act as a user without a sign-in.
 */
export type SessionReader = () => Promise<{ userId: string; sessionId?: string } | null>;

async function readAuthJsSession(): Promise<{ userId: string; sessionId?: string } | null> {
  // Imported lazily so code paths that never read a session (tests with their own reader) don't load Auth.js.
  const { auth } = await import("./config");
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = (session as { sessionId?: unknown } | null)?.sessionId;
  // A cookie from before server-side sessions (no sid) is not accepted: sign in again.
  return typeof userId === "string" && userId && typeof sessionId === "string" ? { userId, sessionId } : null;
}

let readSession: SessionReader = readAuthJsSession;

/**
 * Tests only (NODE_ENV=test): replaces how the session is read, e.g. `() => Promise.resolve({ userId })` to act
 * as a given staff user or `() => Promise.resolve(null)` for a visitor. Pass nothing to restore Auth.js.
 */
export function setSessionReaderForTests(reader?: SessionReader): void {
  if (process.env.NODE_ENV !== "test") throw new Error("setSessionReaderForTests is for tests only");
  readSession = reader ?? readAuthJsSession;
}

/**
 * The signed-in staff member for this request, re-read from `staff_users`, or null when nobody is signed in, the
 * sign-in's session was revoked (sign-out, password reset) or expired, or the account does not exist or is
 * inactive. Cached per request (React `cache`).
 */
export const currentStaff = cache(async (): Promise<Actor | null> => {
  const session = await readSession();
  if (!session || !/^[0-9a-f-]{36}$/i.test(session.userId)) return null;
  if (session.sessionId !== undefined && !(await isStaffSessionLive(session.sessionId, session.userId))) return null;
  const user = await db().staffUser.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, role: true, active: true },
  });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    email: user.email,
    role: user.role === "ADMIN" ? "admin" : "editor",
    ...(session.sessionId ? { sessionId: session.sessionId } : {}),
  };
});

/**
 * The current staff member when their role is at least `min`.
 * Throws AccessDenied(401) when nobody active is signed in, AccessDenied(403) when the role is too low.
 */
export async function requireStaff(min: StaffRoleValue): Promise<Actor> {
  const actor = await currentStaff();
  if (!actor) throw new AccessDenied(401);
  if (!roleAtLeast(actor.role, min)) throw new AccessDenied(403, `Only an ${min} may do this.`);
  return actor;
}
