import { CreateStaffForm, UpdateStaffForm } from "@/components/admin/staff-forms";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { listStaff } from "@/lib/staff/data";

export const metadata = { title: "Staff" };

/** Staff accounts (`/admin/staff`): create, change role, disable, reset password. Admins only. */
export default async function StaffPage() {
  const actor = await staffOrSignIn("/admin/staff");
  if (!roleAtLeast(actor.role, "admin")) return <p role="alert">Only an admin may manage staff accounts.</p>;
  const staff = await listStaff();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Staff</h1>
      <section aria-labelledby="new-staff"><h2 id="new-staff" className="mb-2 text-lg font-semibold">New account</h2><CreateStaffForm /></section>
      <section aria-labelledby="accounts">
        <h2 id="accounts" className="mb-2 text-lg font-semibold">Accounts</h2>
        <ul className="space-y-4">
          {staff.map((s) => (
            <li key={s.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
              <p className="font-medium">{s.email} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({s.role.toLowerCase()}{s.active ? "" : ", disabled"})</span></p>
              <UpdateStaffForm id={s.id} email={s.email} role={s.role.toLowerCase()} active={s.active} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
