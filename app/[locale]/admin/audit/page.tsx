import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { History } from "@/components/admin/history";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { auditSubjects, listAuditEntries } from "@/lib/audit/data";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/lib/audit/log";
import { parseAuditQuery } from "@/lib/audit/query";
import { localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "Audit log" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.audit" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Audit log (`/zh/admin/audit`), from listAuditEntries, filterable by action, entity, actor and entity id
 * (parseAuditQuery), newest first, as a GET form to this page in the same locale; each entry names its listing,
 * opening or staff account by title or email, linked (auditSubjects). Admins only (an editor sees a
 * refusal; listAuditEntries checks again); visitors are sent to sign in.
 */
export default async function AuditPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffOrSignIn("/admin/audit");
  const t = await getTranslations("admin");
  if (!roleAtLeast(actor.role, "admin")) return <p role="alert">{t("audit.adminOnly")}</p>;
  const query = parseAuditQuery(await searchParams);
  const { entries, nextBefore } = await listAuditEntries(query);
  const subjects = await auditSubjects(entries);
  const next = new URLSearchParams(Object.entries({ ...query, before: nextBefore ?? "" }).filter(([, v]) => v) as [string, string][]);
  const input = "mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("audit.heading")}</h1>
      <form method="get" action={localePath(locale, "/admin/audit")} className="flex flex-wrap items-end gap-3 text-sm" aria-label={t("audit.formLabel")}>
        <label>{t("audit.action")}<br />
          <select name="action" defaultValue={query.action ?? ""} className={input}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{t(`auditAction.${a}`)}</option>)}
          </select>
        </label>
        <label>{t("audit.entity")}<br />
          <select name="entity" defaultValue={query.entity ?? ""} className={input}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_ENTITIES.map((e) => <option key={e} value={e}>{t(`entity.${e}`)}</option>)}
          </select>
        </label>
        <label>{t("audit.actor")}<br /><input name="actor" defaultValue={query.actor ?? ""} className={input} /></label>
        <label>{t("audit.entityId")}<br /><input name="id" defaultValue={query.id ?? ""} className={input} /></label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white">{t("audit.filter")}</button>
      </form>
      <History entries={entries} showEntity subjects={subjects} />
      {nextBefore && <Link href={`/admin/audit?${next}`} className="underline">{t("audit.older")}</Link>}
    </div>
  );
}
