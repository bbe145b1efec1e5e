import { useFormatter, useLocale, useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";
import type { AuditSubject } from "@/lib/audit/data";
import { bilingual } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/routing";
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
 * One before/after cell: a time as `<time>` in UTC plus the reader's zone (LocalTime), the "(empty)" word in italics
 * (inline-block, so the before column's strike-through does not cross it out), free text with its `lang`.
 */
function Value({ value }: { value: AuditValueDisplay }) {
  if (value.dateTime) return <LocalTime dateTime={value.dateTime} utcText={value.text} />;
  if (value.empty) return <span className="inline-block italic">{value.text}</span>;
  return <span lang={value.lang}>{clip(value.text)}</span>;
}

/**
 * Audit entries (from lib/audit/data.ts or the listing's history) as a list: when (UTC from the server, then the
 * reader's own zone, named, once JavaScript runs: LocalTime), who (the actor's email, or "command line" for the
 * CLI), what (the action's name in the page's language; `data-action` keeps the stored action), and each changed
 * field's before → after as a table with column headers and a caption, laid out fixed so the columns line up from
 * entry to entry. Field names are translated (`admin.auditField.*`); values go through displayAuditValue
 * (lib/audit/display.ts): labels for statuses, tiers, horizons, staff roles and yes/no, formatted times, an
 * "(empty)" word, free text as stored with its `lang`. `showEntity` adds the entity type and what it is: its title
 * in the page's language (or a staff account's email) linked to its admin page, from `subjects` (auditSubjects),
 * else its shortened id; and a link to all of that entity's entries (the audit log page).
 */
export function History({ entries, showEntity = false, subjects }: { entries: AuditEntry[]; showEntity?: boolean; subjects?: Map<string, AuditSubject> }) {
  const t = useTranslations("admin");
  const locale = useLocale() as AppLocale;
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
              <LocalTime dateTime={e.createdAt.toISOString()} utcText={t("time.utc", { time: format.dateTime(e.createdAt, "dateTime") })} />
              {" · "}<strong>{isAuditAction(e.action) ? t(`auditAction.${e.action}`) : e.action}</strong>
              {" · "}<span data-testid="history-actor">{displayAuditActor(e.actorEmail, intl)}</span>
              {e.version !== null && <> · {t("history.version", { version: e.version })}</>}
              {showEntity && <> · {entity} <Subject entityId={e.entityId} subject={subjects?.get(e.entityId)} locale={locale} /></>}
            </p>
            <table className="mt-2 w-full table-fixed text-left">
              <caption className="sr-only">{t("history.caption", { time: format.dateTime(e.createdAt, "dateTime") })}</caption>
              <colgroup>
                <col className="w-40" />
                <col />
                <col />
              </colgroup>
              <thead className="text-xs text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="pr-2 font-medium">{t("history.field")}</th>
                  <th scope="col" className="pr-2 font-medium">{t("history.before")}</th>
                  <th scope="col" className="font-medium">{t("history.after")}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(e.changes as Record<string, { before: unknown; after: unknown }>).map(([field, c]) => (
                  <tr key={field} className="align-top">
                    <th scope="row" className="break-words pr-2 font-medium">{isAuditedField(field) ? t(`auditField.${field}`) : field}</th>
                    <td className="break-words pr-2 text-slate-600 line-through decoration-slate-400 dark:text-slate-400 whitespace-pre-wrap">
                      <Value value={displayAuditValue(field, c.before, intl)} />
                    </td>
                    <td className="break-words whitespace-pre-wrap"><Value value={displayAuditValue(field, c.after, intl)} /></td>
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

/**
 * What an entry is about: the entity's title in the page's language (the other language as a fallback, with its
 * `lang`) or a staff account's email, linked to its admin page; without a subject, the shortened id. Then a link to
 * every entry about it.
 */
function Subject({ entityId, subject, locale }: { entityId: string; subject?: AuditSubject; locale: AppLocale }) {
  const t = useTranslations("admin");
  const title = subject ? bilingual(subject.titleEn, subject.titleZh, locale).primary : null;
  return (
    <>
      {subject && title ? (
        <Link href={subject.href} lang={subject.entityType === "staff" ? undefined : title.lang} className="font-medium underline" data-testid="audit-subject">
          {title.text}
        </Link>
      ) : (
        <code className="text-xs" title={entityId}>{shortId(entityId)}</code>
      )}{" "}
      <Link href={`/admin/audit?id=${encodeURIComponent(entityId)}`} className="text-xs underline">
        {t("history.entityEntries", { id: subject && title ? title.text : shortId(entityId) })}
      </Link>
    </>
  );
}
