import { useFormatter, useTranslations } from "next-intl";
import type { AuditEntry } from "@/lib/generated/prisma/client";
import { type AuditValueDisplay, displayAuditActor, displayAuditValue } from "@/lib/audit/display";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from "@/lib/audit/log";
import { Link } from "@/lib/i18n/navigation";
import { isAuditedField } from "@/lib/roles/admin/form-state";

const isAuditAction = (a: string): a is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(a);
const isAuditEntity = (e: string): e is AuditEntity => (AUDIT_ENTITIES as readonly string[]).includes(e);
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
/** Entity ids are UUIDs: their first 8 hex digits are enough to tell entries apart at a glance. */
const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/**
 * One before/after cell: a time as `<time>`, the "(empty)" word in italics (inline-block, so the before column's
 * strike-through does not cross it out), free text with its `lang`.
 */
function Value({ value }: { value: AuditValueDisplay }) {
  if (value.dateTime) return <time dateTime={value.dateTime} className="tabular-nums">{value.text}</time>;
  if (value.empty) return <span className="inline-block italic">{value.text}</span>;
  return <span lang={value.lang}>{clip(value.text)}</span>;
}

/**
 * Audit entries (from lib/audit/data.ts or the listing's history) as a list: when (UTC, through next-intl's
 * formatter), who (the actor's email, or "command line" for the CLI), what (the action's name in the page's
 * language; `data-action` keeps the stored action), and each changed field's before → after. Field names are
 * translated (`admin.auditField.*`); values go through displayAuditValue (lib/audit/display.ts): labels for
 * statuses, tiers, horizons, staff roles and yes/no, formatted times, an "(empty)" word, free text as stored with
 * its `lang`. `showEntity` adds the entity type and its shortened id, linking to that entity's entries (the audit
 * log page).
 */
export function History({ entries, showEntity = false }: { entries: AuditEntry[]; showEntity?: boolean }) {
  const t = useTranslations("admin");
  const root = useTranslations();
  const format = useFormatter();
  const intl = { t: root, format };
  if (entries.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t("history.empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="history">
      {entries.map((e) => {
        const entity = isAuditEntity(e.entityType) ? t(`entity.${e.entityType}`) : e.entityType;
        return (
          <li key={String(e.id)} className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800" data-action={e.action}>
            <p>
              <time dateTime={e.createdAt.toISOString()} className="tabular-nums">
                {t("time.utc", { time: format.dateTime(e.createdAt, "dateTime") })}
              </time>
              {" · "}<strong>{isAuditAction(e.action) ? t(`auditAction.${e.action}`) : e.action}</strong>
              {" · "}<span data-testid="history-actor">{displayAuditActor(e.actorEmail, intl)}</span>
              {e.version !== null && <> · {t("history.version", { version: e.version })}</>}
              {showEntity && (
                <>
                  {" · "}{entity}{" "}
                  <Link
                    href={`/admin/audit?id=${encodeURIComponent(e.entityId)}`}
                    title={t("history.entityEntries", { id: e.entityId })}
                    className="underline"
                  >
                    <code className="text-xs">{shortId(e.entityId)}</code>
                  </Link>
                </>
              )}
            </p>
            <table className="mt-1 w-full text-left">
              <thead className="sr-only">
                <tr>
                  <th scope="col">{t("history.field")}</th>
                  <th scope="col">{t("history.before")}</th>
                  <th scope="col">{t("history.after")}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(e.changes as Record<string, { before: unknown; after: unknown }>).map(([field, c]) => (
                  <tr key={field} className="align-top">
                    <th scope="row" className="w-40 pr-2 font-medium">{isAuditedField(field) ? t(`auditField.${field}`) : field}</th>
                    <td className="pr-2 text-slate-600 line-through decoration-slate-400 dark:text-slate-400 whitespace-pre-wrap">
                      <Value value={displayAuditValue(field, c.before, intl)} />
                    </td>
                    <td className="whitespace-pre-wrap"><Value value={displayAuditValue(field, c.after, intl)} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        );
      })}
    </ol>
  );
}
