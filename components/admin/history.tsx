import type { AuditEntry } from "@/lib/generated/prisma/client";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);

/** Audit entries as a list: when, who, what, and each changed field's before → after. */
export function History({ entries, showEntity = false }: { entries: AuditEntry[]; showEntity?: boolean }) {
  if (entries.length === 0) return <p className="text-slate-600 dark:text-slate-400">No entries.</p>;
  return (
    <ol className="space-y-3" data-testid="history">
      {entries.map((e) => (
        <li key={String(e.id)} className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800" data-action={e.action}>
          <p>
            <time dateTime={e.createdAt.toISOString()} className="tabular-nums">{e.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
            {" · "}<strong>{e.action}</strong>{" · "}<span data-testid="history-actor">{e.actorEmail}</span>
            {e.version !== null && <> · version {e.version}</>}
            {showEntity && <> · {e.entityType} <code className="text-xs">{e.entityId}</code></>}
          </p>
          <table className="mt-1 w-full text-left">
            <tbody>
              {Object.entries(e.changes as Record<string, { before: unknown; after: unknown }>).map(([field, c]) => (
                <tr key={field} className="align-top">
                  <th scope="row" className="w-40 pr-2 font-medium">{field}</th>
                  <td className="pr-2 text-slate-600 line-through decoration-slate-400 dark:text-slate-400 whitespace-pre-wrap">{clip(show(c.before))}</td>
                  <td className="whitespace-pre-wrap">{clip(show(c.after))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ol>
  );
}
