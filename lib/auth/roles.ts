// Staff roles and the authorization error, free of server-only imports so the CLI, tests and client code can use
// them. The checks themselves live in lib/auth/session.ts (requireStaff).

/** Staff roles as stored (enum staff_role), least to most powerful. */
export const STAFF_ROLES = ["editor", "admin"] as const;
export type StaffRoleValue = (typeof STAFF_ROLES)[number];

/** A signed-in, active staff member, as re-read from the database for the current request. */
export interface Actor {
  id: string;
  email: string;
  role: StaffRoleValue;
  /** The sign-in session this request came with (staff_sessions), when there is one. */
  sessionId?: string;
}

/** True when `role` includes every permission of `min` (admin ⊇ editor). */
export function roleAtLeast(role: StaffRoleValue, min: StaffRoleValue): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(min);
}

/**
 * Thrown by requireStaff and by the services when the caller may not do something: status 401 when nobody (or a
 * disabled account) is signed in, 403 when the staff role is too low. Route handlers turn it into that status;
 * server actions into a message.
 */
export class AccessDenied extends Error {
  readonly status: 401 | 403;
  constructor(status: 401 | 403, message = status === 401 ? "Please sign in." : "Your role does not allow this.") {
    super(message);
    this.name = "AccessDenied";
    this.status = status;
  }
}

/** Throws AccessDenied(403) unless the actor's role is at least `min`. For services that take an explicit actor. */
export function assertRole(actor: Actor, min: StaffRoleValue): void {
  if (!roleAtLeast(actor.role, min)) throw new AccessDenied(403, `Only an ${min} may do this.`);
}

/** Stored form of an email: trimmed, NFC, lower-cased (the column's CHECK constraint requires it). */
export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}
