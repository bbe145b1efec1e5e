import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { roleAtLeast } from "@/lib/auth/roles";
import { currentStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · AI Jobs Atlas" }, robots: { index: false } };

/**
 * Admin shell: navigation for the signed-in staff member and sign-out. Not an access check: every admin page, data
 * function and action checks the session and role itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentStaff();
  return (
    <div>
      {actor && (
        <nav aria-label="Admin" className="mb-6 flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3 text-sm dark:border-slate-800">
          <Link href="/admin" className="font-medium underline">Listings</Link>
          <Link href="/admin/roles/new" className="underline">New listing</Link>
          {roleAtLeast(actor.role, "admin") && (
            <>
              <Link href="/admin/transfer" className="underline">Import / export</Link>
              <Link href="/admin/audit" className="underline">Audit log</Link>
              <Link href="/admin/staff" className="underline">Staff</Link>
            </>
          )}
          <span className="ml-auto text-slate-600 dark:text-slate-300" data-testid="signed-in-as">
            {actor.email} ({actor.role})
          </span>
          <form action={signOutAction}>
            <button type="submit" className="underline">Sign out</button>
          </form>
        </nav>
      )}
      {children}
    </div>
  );
}
