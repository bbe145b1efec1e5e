import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateStaffForm, UpdateStaffForm } from "@/components/admin/staff-forms";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import type { AppLocale } from "@/lib/i18n/routing";
import { listStaff } from "@/lib/staff/data";

type Params = Promise<{ locale: AppLocale }>;

/** Title "Staff" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.staff" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Staff accounts (`/zh/admin/staff`): create, change role, disable, reset password; accounts from listStaff.
 * Admins only (an editor sees a refusal; listStaff and the actions check again); visitors are sent to sign in.
 */
export default async function StaffPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffOrSignIn("/admin/staff");
  const t = await getTranslations("admin");
  if (!roleAtLeast(actor.role, "admin")) return <p role="alert">{t("staff.adminOnly")}</p>;
  const staff = await listStaff();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("staff.heading")}</h1>
      <section aria-labelledby="new-staff"><h2 id="new-staff" className="mb-2 text-lg font-semibold">{t("staff.newAccount")}</h2><CreateStaffForm /></section>
      <section aria-labelledby="accounts">
        <h2 id="accounts" className="mb-2 text-lg font-semibold">{t("staff.accounts")}</h2>
        <ul className="space-y-4">
          {staff.map((s) => {
            const role = s.role === "ADMIN" ? "admin" : "editor";
            return (
              <li key={s.id} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                <p className="font-medium">
                  {s.email}{" "}
                  <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                    {t("staff.accountState", { role: t(`staffRole.${role}`), active: s.active ? "yes" : "no" })}
                  </span>
                </p>
                <UpdateStaffForm id={s.id} email={s.email} role={role} active={s.active} />
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
