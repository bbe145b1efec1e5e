"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImportReport } from "@/lib/roles/transfer";

/** Why the last upload failed: no answer at all, or the API's error body (its message is English). */
type UploadError = { kind: "network" } | { kind: "api"; status: number; message: string };

/**
 * Upload form for /api/admin/import: "Check (dry run)" shows what each row would do and why a row is rejected;
 * "Import" applies everything or nothing. Shows the first 500 rows of the report and every rejected row.
 * Labels, the summary and the row actions are in the page's language (`admin.transfer`); the API's own
 * explanations (a refused file, a rejected row's reasons) are English and marked `lang="en"`, since the API's
 * answers stay as they are. Column names are the file's own and are not translated.
 */
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
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr><th>{t("transfer.columns.row")}</th><th>{t("transfer.columns.slug")}</th><th>{t("transfer.columns.action")}</th><th>{t("transfer.columns.why")}</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} className={r.action === "reject" ? "text-red-800 dark:text-red-300" : ""} data-action={r.action}>
                  <td>{r.row}</td><td className="font-mono text-xs">{r.slug}</td><td>{t(`transfer.action.${r.action}`)}</td>
                  <td>{r.reasons.length ? <span lang="en">{r.reasons.join("; ")}</span> : r.changedFields.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
