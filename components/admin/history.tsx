import { useFormatter, useTranslations } from "next-intl";
import type { AuditEntry } from "@/lib/generated/prisma/client";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/log";
import { isAuditedField } from "@/lib/roles/form-state";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));
const isAuditAction = (a: string): a is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(a);
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);

/**
 * Audit entries (from lib/audit/data.ts or the listing's history) as a list: when (UTC, through next-intl's
 * formatter), who, what (the action's name in the page's language; `data-action` keeps the stored action), and
 * each changed field's before → after. Field names are translated (`admin.auditField.*`); values are shown as
 * stored. `showEntity` adds the entity type and id (the audit log page).
 */
export function History({ entries, showEntity = false }: { entries: AuditEntry[]; showEntity?: boolean }) {
  const t = useTranslations("admin");
  const format = useFormatter();
  if (entries.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t("history.empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="history">
      {entries.map((e) => (
        <li key={String(e.id)} className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800" data-action={e.action}>
          <p>
            <time dateTime={e.createdAt.toISOString()} className="tabular-nums">
              {t("time.utc", { time: format.dateTime(e.createdAt, "dateTime") })}
            </time>
            {" · "}<strong>{isAuditAction(e.action) ? t(`auditAction.${e.action}`) : e.action}</strong>{" · "}<span data-testid="history-actor">{e.actorEmail}</span>
            {e.version !== null && <> · {t("history.version", { version: e.version })}</>}
            {showEntity && <> · {e.entityType === "role" || e.entityType === "staff" ? t(`entity.${e.entityType}`) : e.entityType} <code className="text-xs">{e.entityId}</code></>}
          </p>
          <table className="mt-1 w-full text-left">
            <tbody>
              {Object.entries(e.changes as Record<string, { before: unknown; after: unknown }>).map(([field, c]) => (
                <tr key={field} className="align-top">
                  <th scope="row" className="w-40 pr-2 font-medium">{isAuditedField(field) ? t(`auditField.${field}`) : field}</th>
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
