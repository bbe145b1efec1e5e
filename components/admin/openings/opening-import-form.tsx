"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldChanges, REPORT_TD, REPORT_TH } from "@/components/admin/import-form";
import { type AdminTranslator, translateImportReason } from "@/lib/transfer/reasons";
import { EMPLOYMENT_TYPES, WORKPLACE_TYPES } from "@/lib/openings/constants";
import type { OpeningImportReport } from "@/lib/openings/admin/transfer";

/** Why the last upload failed: no answer at all, or the API's error body (its message is English). */
type UploadError = { kind: "network" } | { kind: "api"; status: number; message: string };

const FORMATS = ["auto", "csv", "json", "greenhouse", "lever"] as const;
/** The role select's value for "by the title rules". */
const BY_TITLE = "title-rules";

/**
 * Upload form for POST /api/admin/openings/import, with the roles' import report look (components/admin/
 * import-form.tsx): "Check (dry run)" shows per row what would happen (create, update, unchanged, refuse) and why,
 * each update's changed fields before → after (FieldChanges), rows that change a published opening (public as soon
 * as the import is applied), duplicates and how the reader derived values; "Import" applies every row or none.
 * Options: the file's format (or detected), the role for new rows that name none (one role, or the title rules),
 * and for Greenhouse/Lever rows what the ATS leaves out: the employer, the employment and the workplace type. Shows the first 500 rows and every refused row.
 * Labels and each refused row's reasons are in the page's language (`admin.openings.transfer`, `admin.transfer`,
 * `admin.importReason` through translateImportReason); the reader's notes on how values were derived and a refused
 * file's message are the API's English, marked `lang="en"`.
 */
export function OpeningImportForm({ roles }: { roles: { slug: string; label: string }[] }) {
  const t = useTranslations("admin");
  const jobs = useTranslations("jobs");
  const [report, setReport] = useState<OpeningImportReport | null>(null);
  const [error, setError] = useState<UploadError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(form: HTMLFormElement, dryRun: boolean) {
    setBusy(true);
    setError(null);
    try {
      const data = new FormData(form);
      const role = String(data.get("role") ?? "");
      data.delete("role");
      if (role === BY_TITLE) data.set("roleByTitle", "true");
      else if (role) data.set("roleSlug", role);
      data.set("dryRun", String(dryRun));
      const res = await fetch("/api/admin/openings/import", { method: "POST", body: data });
      const body = await res.json();
      if (body.error) {
        setReport(null);
        setError({ kind: "api", status: Number(body.error.status ?? res.status), message: String(body.error.message ?? "") });
      } else setReport(body as OpeningImportReport);
    } catch {
      setError({ kind: "network" });
    } finally {
      setBusy(false);
    }
  }

  const field = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";
  const rows = report ? report.rows.filter((r, i) => i < 500 || r.action === "reject") : [];
  return (
    <div className="space-y-4">
      <form onSubmit={(e) => { e.preventDefault(); void send(e.currentTarget, true); }} className="grid gap-3 sm:grid-cols-2" aria-label={t("openings.transfer.formLabel")} data-testid="opening-import-form">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">{t("openings.transfer.file")}</label>
          <input id="import-file" type="file" name="file" accept=".csv,.json,text/csv,application/json" required className="mt-1 block" />
        </div>
        <div>
          <label htmlFor="import-format" className="block text-sm font-medium">{t("openings.transfer.format")}</label>
          <select id="import-format" name="format" defaultValue="auto" className={field}>
            {FORMATS.map((f) => <option key={f} value={f}>{t(`openings.transfer.formats.${f}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="import-role" className="block text-sm font-medium">{t("openings.transfer.role")}</label>
          <select id="import-role" name="role" defaultValue="" className={`${field} max-w-full`}>
            <option value="">{t("openings.transfer.roleFromRows")}</option>
            <option value={BY_TITLE}>{t("openings.transfer.roleByTitle")}</option>
            {roles.map((r) => <option key={r.slug} value={r.slug}>{r.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="import-employer" className="block text-sm font-medium">{t("openings.transfer.employer")}</label>
          <input id="import-employer" name="employerName" type="text" maxLength={200} className={`${field} w-full`} />
        </div>
        <div>
          <label htmlFor="import-employment" className="block text-sm font-medium">{t("openings.transfer.employmentType")}</label>
          <select id="import-employment" name="employmentType" defaultValue="" className={field}>
            <option value="">{t("openings.transfer.noDefault")}</option>
            {EMPLOYMENT_TYPES.map((v) => <option key={v} value={v}>{jobs(`employment.${v}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="import-workplace" className="block text-sm font-medium">{t("openings.transfer.workplaceType")}</label>
          <select id="import-workplace" name="workplaceType" defaultValue="" className={field}>
            <option value="">{t("openings.transfer.noDefault")}</option>
            {WORKPLACE_TYPES.map((v) => <option key={v} value={v}>{jobs(`workplace.${v}`)}</option>)}
          </select>
        </div>
        <div className="flex gap-3 sm:col-span-2">
          <button type="submit" disabled={busy} className="rounded border border-slate-500 px-3 py-1.5">{t("transfer.check")}</button>
          <button type="button" disabled={busy} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white"
            onClick={(e) => { const f = e.currentTarget.form; if (f?.reportValidity()) void send(f, false); }}>{t("transfer.import")}</button>
        </div>
      </form>
      <p role="alert" aria-live="assertive" className="text-red-700 dark:text-red-300">
        {error?.kind === "network" && t("transfer.networkError")}
        {error?.kind === "api" && (error.status === 401
          ? t("errors.signIn")
          : t.rich("transfer.apiError", { message: error.message, detail: (chunks) => <span lang="en">{chunks}</span> }))}
      </p>
      {report && (
        <div aria-live="polite" data-testid="import-report">
          <p className="font-medium">
            {report.dryRun ? t("transfer.dryRunDone") : report.applied ? t("transfer.imported") : t("transfer.notImported")}{" "}
            {t("transfer.counts", report.counts)}
          </p>
          <p className="text-sm">{t("openings.transfer.formatUsed", { format: t(`openings.transfer.formats.${report.format}`) })}</p>
          {report.liveUpdates > 0 && (
            <p className="mt-1 rounded border border-amber-500 bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-50" data-testid="import-live-warning">
              {t(report.dryRun ? "transfer.liveWarning" : "transfer.liveDone", { count: report.liveUpdates })}
            </p>
          )}
          {report.warnings.length > 0 && (
            <div className="mt-1 text-sm">
              <p className="font-medium">{t("openings.transfer.warnings")}</p>
              <ul className="list-disc pl-6" lang="en">{report.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
            </div>
          )}
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className={REPORT_TH}>{t("openings.transfer.columns.row")}</th>
                <th scope="col" className={REPORT_TH}>{t("openings.transfer.columns.opening")}</th>
                <th scope="col" className={REPORT_TH}>{t("openings.transfer.columns.action")}</th>
                <th scope="col" className={REPORT_TH}>{t("openings.transfer.columns.why")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} className={`border-t border-slate-200 align-top dark:border-slate-800 ${r.action === "reject" ? "text-red-800 dark:text-red-300" : ""}`}
                  data-action={r.action} data-live={r.live || undefined} data-slug={r.slug || undefined}>
                  <td className={`${REPORT_TD} tabular-nums`}>{r.row}</td>
                  <td className={REPORT_TD}>
                    <span lang="en">{r.label}</span>
                    {r.slug && <span className="block font-mono text-xs">{r.slug}</span>}
                    {r.role.slug && <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{r.role.slug}</span>}
                  </td>
                  <td className={REPORT_TD}>
                    {t(`transfer.action.${r.action}`)}
                    {r.duplicateOf && <span className="block">{t("openings.transfer.duplicate")}</span>}
                    {r.live && r.action === "update" && <strong className="block text-amber-800 dark:text-amber-300">{t("transfer.liveRow")}</strong>}
                  </td>
                  <td className={REPORT_TD}>
                    {r.why.length ? (
                      <ul data-testid="import-reasons">{r.why.map((w, i) => <li key={i}>{translateImportReason(w, t as unknown as AdminTranslator)}</li>)}</ul>
                    ) : r.action === "update" ? (
                      <FieldChanges changes={r.changes} />
                    ) : (
                      r.changedFields.join(", ")
                    )}
                    {r.notes.length > 0 && (
                      <details className="mt-1 text-xs text-slate-700 dark:text-slate-300">
                        <summary>{t("openings.transfer.notes")}</summary>
                        <ul lang="en">{r.notes.map((n) => <li key={n}>{n}</li>)}</ul>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
