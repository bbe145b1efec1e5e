import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** Every staff account (never the password hash), admins first, then by email. Admins only. */
export async function listStaff() {
  await requireStaff("admin");
  return db().staffUser.findMany({
    select: { id: true, email: true, role: true, active: true, createdAt: true, updatedAt: true },
    orderBy: [{ role: "desc" }, { email: "asc" }],
  });
}
