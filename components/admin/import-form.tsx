"use client";

import { useState } from "react";
import type { ImportReport } from "@/lib/roles/transfer";

/**
 * Upload form for /api/admin/import: "Check (dry run)" shows what each row would do and why a row is rejected;
 * "Import" applies everything or nothing. Shows the first 500 rows of the report and every rejected row.
 */
export function ImportForm() {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function send(form: HTMLFormElement, dryRun: boolean) {
    setBusy(true);
    setError("");
    try {
      const data = new FormData(form);
      data.set("dryRun", String(dryRun));
      const res = await fetch("/api/admin/import", { method: "POST", body: data });
      const body = await res.json();
      if (body.error) {
        setReport(null);
        setError(body.error.message);
      } else setReport(body as ImportReport);
    } catch {
      setError("The upload failed; check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  const rows = report ? report.rows.filter((r, i) => i < 500 || r.action === "reject") : [];
  return (
    <div className="space-y-4">
      <form onSubmit={(e) => { e.preventDefault(); void send(e.currentTarget, true); }} className="flex flex-wrap items-end gap-3" aria-label="Import listings">
        <label className="text-sm">CSV or JSON file<br /><input type="file" name="file" accept=".csv,.json,text/csv,application/json" required /></label>
        <button type="submit" disabled={busy} className="rounded border border-slate-500 px-3 py-1.5">Check (dry run)</button>
        <button type="button" disabled={busy} className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white"
          onClick={(e) => { const f = e.currentTarget.form; if (f?.reportValidity()) void send(f, false); }}>Import</button>
      </form>
      <p role="alert" aria-live="assertive" className="text-red-700 dark:text-red-300">{error}</p>
      {report && (
        <div aria-live="polite" data-testid="import-report">
          <p className="font-medium">
            {report.dryRun ? "Dry run: nothing was changed." : report.applied ? "Imported." : "Nothing was imported: fix the rejected rows and try again."}{" "}
            {report.counts.create} to create, {report.counts.update} to update, {report.counts.unchanged} unchanged, {report.counts.reject} rejected.
          </p>
          <table className="mt-2 w-full text-left text-sm">
            <thead><tr><th>Row</th><th>Slug</th><th>Action</th><th>Why / fields</th></tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} className={r.action === "reject" ? "text-red-800 dark:text-red-300" : ""}>
                  <td>{r.row}</td><td className="font-mono text-xs">{r.slug}</td><td>{r.action}</td>
                  <td>{r.reasons.length ? r.reasons.join("; ") : r.changedFields.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
