import { z } from "zod";
import { diffFields, recordAudit } from "@/lib/audit/log";
import { hashPassword, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, passwordProblem } from "@/lib/auth/password";
import { type Actor, assertRole, normaliseEmail, STAFF_ROLES, type StaffRoleValue } from "@/lib/auth/roles";
import { Prisma, type PrismaClient, type StaffUser } from "@/lib/generated/prisma/client";

/*
 * Staff accounts. Used by the admin's staff page (actor = the signed-in admin) and by `npm run admin:create`
 * (actor null = the command line). Every change writes an audit entry in the same transaction; password hashes
 * never reach the audit log (a new password is recorded as "(changed)").
 */

/**
 * Why a staff change was refused, for the staff page to say in the page's language: the message is
 * `admin.staff.errors.<code>` with `values` as its arguments.
 */
export type StaffErrorCode =
  | "emailInvalid"
  | "emailTooLong"
  | "emailTaken"
  | "roleInvalid"
  | "passwordTooShort"
  | "passwordTooLong"
  | "notFound"
  | "lastAdmin";

/**
 * A refused staff change. `message` is English (the command line prints it); `field` is the form field it
 * concerns; `code` and `values` let the admin page translate it (absent for messages of the command line's own).
 */
export class StaffError extends Error {
  readonly field?: "email" | "password" | "role";
  readonly code?: StaffErrorCode;
  readonly values: Record<string, string | number>;
  constructor(message: string, field?: StaffError["field"], code?: StaffErrorCode, values: Record<string, string | number> = {}) {
    super(message);
    this.name = "StaffError";
    this.field = field;
    this.code = code;
    this.values = values;
  }
}

/** StaffError for a password passwordProblem refused (`problem` is its English message). */
function passwordError(password: string, problem: string): StaffError {
  return [...password].length < PASSWORD_MIN_LENGTH
    ? new StaffError(problem, "password", "passwordTooShort", { min: PASSWORD_MIN_LENGTH })
    : new StaffError(problem, "password", "passwordTooLong", { max: PASSWORD_MAX_LENGTH });
}

const emailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.email("Enter a valid email address").max(254, "The email is too long"));

const toDbRole = (r: StaffRoleValue): StaffUser["role"] => (r === "admin" ? "ADMIN" : "EDITOR");
const fromDbRole = (r: StaffUser["role"]): StaffRoleValue => (r === "ADMIN" ? "admin" : "editor");
const snapshot = (u: StaffUser) => ({ email: u.email, role: fromDbRole(u.role), active: u.active });

/**
 * Creates a staff account. Throws StaffError for an invalid or taken email, a weak password or an unknown role.
 * `actor` must be an admin, or null for the command line.
 */
export async function createStaffUser(
  prisma: PrismaClient,
  actor: Actor | null,
  input: { email: string; password: string; role: string },
): Promise<StaffUser> {
  if (actor) assertRole(actor, "admin");
  const email = emailSchema.safeParse(input.email);
  if (!email.success) {
    const issue = email.error.issues[0];
    throw new StaffError(issue?.message ?? "Invalid email", "email", issue?.code === "too_big" ? "emailTooLong" : "emailInvalid");
  }
  if (!STAFF_ROLES.includes(input.role as StaffRoleValue)) throw new StaffError("The role must be editor or admin", "role", "roleInvalid");
  const problem = passwordProblem(input.password);
  if (problem) throw passwordError(input.password, problem);
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.staffUser.create({ data: { email: email.data, passwordHash, role: toDbRole(input.role as StaffRoleValue) } });
      await recordAudit(tx, { actor, action: "staff.create", entityType: "staff", entityId: user.id, changes: diffFields(null, snapshot(user)) });
      return user;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new StaffError(`There is already an account for ${email.data}`, "email", "emailTaken", { email: email.data });
    }
    throw err;
  }
}

/**
 * Changes a staff account's role, active flag and/or password. Admins only. Refuses (StaffError) to leave no
 * active admin: the admins' rows are locked first, so two admins demoting each other at once cannot both succeed.
 * A demotion or deactivation takes effect on the user's next request (requireStaff re-reads the database). A new
 * password revokes the account's other sign-in sessions; deactivation revokes all of them (lib/auth/sessions.ts).
 */
export async function updateStaffUser(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  change: { role?: string; active?: boolean; password?: string },
): Promise<StaffUser> {
  assertRole(actor, "admin");
  if (change.role !== undefined && !STAFF_ROLES.includes(change.role as StaffRoleValue)) {
    throw new StaffError("The role must be editor or admin", "role", "roleInvalid");
  }
  let passwordHash: string | undefined;
  if (change.password !== undefined && change.password !== "") {
    const problem = passwordProblem(change.password);
    if (problem) throw passwordError(change.password, problem);
    passwordHash = await hashPassword(change.password);
  }
  return prisma.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM staff_users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
    const current = await tx.staffUser.findUnique({ where: { id } });
    if (!current) throw new StaffError("No such staff account", undefined, "notFound");
    const role = change.role === undefined ? current.role : toDbRole(change.role as StaffRoleValue);
    const active = change.active ?? current.active;
    const staysAdmin = role === "ADMIN" && active;
    if (!staysAdmin && admins.some((a) => a.id === id) && admins.length <= 1) {
      throw new StaffError("At least one active admin must remain: make someone else an admin first", undefined, "lastAdmin");
    }
    const user = await tx.staffUser.update({ where: { id }, data: { role, active, ...(passwordHash ? { passwordHash } : {}) } });
    // A new password ends the account's other sign-ins (the actor's own current one stays when it is their account);
    // deactivating ends all of them.
    const keep = actor.id === id && actor.sessionId ? { id: { not: actor.sessionId } } : {};
    if (passwordHash || !active) {
      await tx.staffSession.updateMany({ where: { userId: id, revokedAt: null, ...(active ? keep : {}) }, data: { revokedAt: new Date() } });
    }
    const changes = diffFields(snapshot(current), snapshot(user));
    if (passwordHash) changes.password = { before: "(set)", after: "(changed)" };
    if (Object.keys(changes).length) {
      await recordAudit(tx, { actor, action: "staff.update", entityType: "staff", entityId: id, changes });
    }
    return user;
  });
}
