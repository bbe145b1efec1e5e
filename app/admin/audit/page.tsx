import Link from "next/link";
import { History } from "@/components/admin/history";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { listAuditEntries } from "@/lib/audit/data";
import { AUDIT_ACTIONS } from "@/lib/audit/log";
import { parseAuditQuery } from "@/lib/audit/query";

export const metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Audit log (`/admin/audit`), filterable by action, entity, actor and entity id, newest first. Admins only. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await staffOrSignIn("/admin/audit");
  if (!roleAtLeast(actor.role, "admin")) return <p role="alert">Only an admin may read the audit log.</p>;
  const query = parseAuditQuery(await searchParams);
  const { entries, nextBefore } = await listAuditEntries(query);
  const next = new URLSearchParams(Object.entries({ ...query, before: nextBefore ?? "" }).filter(([, v]) => v) as [string, string][]);
  const input = "mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" action="/admin/audit" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the audit log">
        <label>Action<br />
          <select name="action" defaultValue={query.action ?? ""} className={input}>
            <option value="">any</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        <label>Entity<br />
          <select name="entity" defaultValue={query.entity ?? ""} className={input}>
            <option value="">any</option><option value="role">role</option><option value="staff">staff</option>
          </select>
        </label>
        <label>Actor email contains<br /><input name="actor" defaultValue={query.actor ?? ""} className={input} /></label>
        <label>Entity id<br /><input name="id" defaultValue={query.id ?? ""} className={input} /></label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white">Filter</button>
      </form>
      <History entries={entries} showEntity />
      {nextBefore && <Link href={`/admin/audit?${next}`} className="underline">Older entries</Link>}
    </div>
  );
}
