import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { setSessionReaderForTests } from "@/lib/auth/session";
import { testDb } from "./database";

let n = 0;

/** Creates an active staff account with a unique email (password `password`), returning it as an Actor. */
export async function makeStaff(role: "admin" | "editor", password = "correct horse battery staple"): Promise<Actor & { password: string }> {
  n += 1;
  const email = `${role}-${Date.now().toString(36)}-${n}@test.example`;
  const user = await testDb().staffUser.create({
    data: { email, passwordHash: await hashPassword(password), role: role === "admin" ? "ADMIN" : "EDITOR" },
  });
  return { id: user.id, email: user.email, role, password };
}

/** Makes requireStaff see `actor` as signed in (null = a visitor with no session). */
export function actAs(actor: Pick<Actor, "id"> | null): void {
  setSessionReaderForTests(() => Promise.resolve(actor ? { userId: actor.id } : null));
}

/** Everything the admin can change, as JSON, to prove a refused request changed nothing. */
export async function snapshotAll() {
  const db = testDb();
  const [roles, openings, staff, audit, redirects, keys] = await Promise.all([
    db.$queryRaw`SELECT * FROM roles ORDER BY id`,
    db.$queryRaw`SELECT * FROM openings ORDER BY id`,
    db.$queryRaw`SELECT * FROM staff_users ORDER BY id`,
    db.$queryRaw`SELECT count(*)::int AS n, max(id)::text AS last FROM audit_log`,
    db.$queryRaw`SELECT * FROM slug_redirects ORDER BY old_slug`,
    db.$queryRaw`SELECT * FROM idempotency_keys ORDER BY key`,
  ]);
  return JSON.stringify({ roles, openings, staff, audit, redirects, keys }, (_k, v) => (typeof v === "bigint" ? String(v) : v));
}
