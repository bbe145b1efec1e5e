"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { type AuditValueDisplay, displayAuditValue } from "@/lib/audit/display";
import { isAuditedField } from "@/lib/roles/admin/form-state";
import type { ImportFieldChange, ImportReport } from "@/lib/roles/admin/transfer";
import { type AdminTranslator, translateImportReason } from "@/lib/transfer/reasons";

/** The report tables' cells: the same padding for headers and data, so columns never run together. */
export const REPORT_TH = "border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-700";
export const REPORT_TD = "px-2 py-1";

/** Why the last upload failed: no answer at all, or the API's error body (its message is English). */
type UploadError = { kind: "network" } | { kind: "api"; status: number; message: string };

/**
 * Upload form for /api/admin/import: "Check (dry run)" shows what each row would do and why a row is rejected,
 * and for each update every changed field before → after, marking rows that change a published listing (they go
 * public as soon as the import is applied); "Import" applies everything or nothing. Shows the first 500 rows of the report and every rejected row.
 * Labels, the summary, the row actions and each rejected row's reasons are in the page's language
 * (`admin.transfer`, `admin.importReason` through translateImportReason: the report carries each reason as a code);
 * only a refused file's message is the API's English, marked `lang="en"`. Column names are the file's own and are
 * not translated. Header and data cells are padded alike so the columns read apart in both languages.
 */
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);

function Value({ value }: { value: AuditValueDisplay }) {
  if (value.empty) return <span className="italic">{value.text}</span>;
  return <span lang={value.lang} className="whitespace-pre-wrap">{clip(value.text)}</span>;
}

/** An update row's changed fields as a small table: field (in the page's language), stored value, imported value. */
export function FieldChanges({ changes }: { changes: ImportFieldChange[] }) {
  const t = useTranslations("admin");
  const root = useTranslations();
  const format = useFormatter();
  const intl = { t: root, format };
  return (
    <table className="mt-1 w-full text-left text-xs" data-testid="import-changes">
      <thead>
        <tr><th scope="col" className="pr-2">{t("transfer.changes.field")}</th><th scope="col" className="pr-2">{t("transfer.changes.before")}</th><th scope="col">{t("transfer.changes.after")}</th></tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} data-field={c.field} className="align-top">
            <th scope="row" className="pr-2 font-normal">{isAuditedField(c.field) ? t(`auditField.${c.field}`) : c.field}</th>
            <td className="pr-2 text-slate-600 line-through dark:text-slate-400"><Value value={displayAuditValue(c.field, c.before, intl)} /></td>
            <td><Value value={displayAuditValue(c.field, c.after, intl)} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportForm() {
  const t = useTranslations("admin");
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<UploadError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(form: HTMLFormElement, dryRun: boolean) {
    setBusy(true);
    setError(null);
    try {
      const data = new FormData(form);
      data.set("dryRun", String(dryRun));
      const res = await fetch("/api/admin/import", { method: "POST", body: data });
      const body = await res.json();
      if (body.error) {
        setReport(null);
        setError({ kind: "api", status: Number(body.error.status ?? res.status), message: String(body.error.message ?? "") });
      } else setReport(body as ImportReport);
    } catch {
      setError({ kind: "network" });
    } finally {
      setBusy(false);
    }
  }

  const rows = report ? report.rows.filter((r, i) => i < 500 || r.action === "reject") : [];
  return (
    <div className="space-y-4">
      <form onSubmit={(e) => { e.preventDefault(); void send(e.currentTarget, true); }} className="flex flex-wrap items-end gap-3" aria-label={t("transfer.formLabel")}>
        <label className="text-sm">{t("transfer.file")}<br /><input type="file" name="file" accept=".csv,.json,text/csv,application/json" required /></label>
        <button type="submit" disabled={busy} className="rounded border border-slate-500 px-3 py-1.5">{t("transfer.check")}</button>
        <button type="button" disabled={busy} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white"
          onClick={(e) => { const f = e.currentTarget.form; if (f?.reportValidity()) void send(f, false); }}>{t("transfer.import")}</button>
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
          {report.liveUpdates > 0 && (
            <p className="mt-1 rounded border border-amber-500 bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-50" data-testid="import-live-warning">
              {t(report.dryRun ? "transfer.liveWarning" : "transfer.liveDone", { count: report.liveUpdates })}
            </p>
          )}
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className={REPORT_TH}>{t("transfer.columns.row")}</th>
                <th scope="col" className={REPORT_TH}>{t("transfer.columns.slug")}</th>
                <th scope="col" className={REPORT_TH}>{t("transfer.columns.action")}</th>
                <th scope="col" className={REPORT_TH}>{t("transfer.columns.why")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} className={`border-t border-slate-200 align-top dark:border-slate-800 ${r.action === "reject" ? "text-red-800 dark:text-red-300" : ""}`} data-action={r.action} data-live={r.live || undefined}>
                  <td className={`${REPORT_TD} tabular-nums`}>{r.row}</td><td className={`${REPORT_TD} font-mono text-xs`}>{r.slug}</td>
                  <td className={REPORT_TD}>{t(`transfer.action.${r.action}`)}{r.live && r.action === "update" && <strong className="block text-amber-800 dark:text-amber-300">{t("transfer.liveRow")}</strong>}</td>
                  <td className={REPORT_TD}>
                    {r.why.length ? (
                      <ul data-testid="import-reasons">{r.why.map((w, i) => <li key={i}>{translateImportReason(w, t as unknown as AdminTranslator)}</li>)}</ul>
                    ) : r.action === "update" ? (
                      <FieldChanges changes={r.changes} />
                    ) : (
                      r.changedFields.map((f) => (isAuditedField(f) ? t(`auditField.${f}`) : f)).join(t("transfer.fieldSeparator"))
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
