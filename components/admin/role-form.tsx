"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { type AuditValueDisplay, displayAuditValue } from "@/lib/audit/display";
import { LANGUAGE_TAG } from "@/lib/i18n/routing";
import { saveRoleAction } from "@/lib/roles/admin/actions";
import { HORIZON_VALUES, type HorizonValue, TIER_VALUES, type TierValue } from "@/lib/roles/constants";
import {
  comparableFormValue,
  type FieldErrors,
  parseRoleForm,
  ROLE_FIELDS,
  type RoleField,
  type RoleFormValues,
  translateRoleIssues,
} from "@/lib/roles/admin/form";
import { type ConflictField, isAuditedField, type RoleFormState } from "@/lib/roles/admin/form-state";
import { mergeOutcome } from "@/lib/workflow/merge";

interface Props {
  initial: RoleFormValues;
  /** Editing: the listing's id and the version the form was opened at. */
  id?: string;
  version?: number;
  /** Creating: a UUID made when the page rendered, so a double submit creates one listing. */
  idempotencyKey?: string;
}

const MULTILINE: Partial<Record<RoleField, number>> = { summaryEn: 2, summaryZh: 2, descriptionEn: 8, descriptionZh: 8 };
/** Fields with a hint under them (`admin.hints.<field>`). */
const HINTS = ["slug", "descriptionEn", "titleEn"] as const;
const hasHint = (f: RoleField): f is (typeof HINTS)[number] => (HINTS as readonly string[]).includes(f);
/** The language a field's text is written in (the `…En` / `…Zh` fields), for its `lang` attribute. */
const contentLang = (f: RoleField) => (f.endsWith("Zh") ? LANGUAGE_TAG.zh : f.endsWith("En") ? LANGUAGE_TAG.en : undefined);
const isRoleField = (f: string): f is RoleField => (ROLE_FIELDS as readonly string[]).includes(f);

/** A stored value in a conflict table: a label, time or "(empty)" from displayAuditValue, free text with its `lang`. */
function Shown({ value }: { value: AuditValueDisplay }) {
  if (value.dateTime) return <time dateTime={value.dateTime}>{value.text}</time>;
  if (value.empty) return <span className="italic">{value.text}</span>;
  return <span lang={value.lang} className="whitespace-pre-wrap break-words">{value.text}</span>;
}

/**
 * The conflict view: their changes since the form's base version in two tables, those saving over will keep and
 * those the user's input will overwrite, recomputed from the form's values as the user edits (mergeOutcome, the
 * rule the server applies, with the values shown here counting as seen). "Use theirs" puts their value in the
 * field, which moves the row to the kept table. Not a live region: the summary above announces the conflict.
 */
function ConflictView({ changes, values, onUseTheirs }: {
  changes: ConflictField[];
  values: RoleFormValues;
  onUseTheirs: (field: RoleField, value: string) => void;
}) {
  const t = useTranslations("admin");
  const root = useTranslations();
  const format = useFormatter();
  const intl = { t: root, format };
  const fieldName = (f: string) => (isRoleField(f) ? t(`fieldName.${f}`) : isAuditedField(f) ? t(`auditField.${f}`) : f);
  const rows = changes.map((c) => {
    if (!isRoleField(c.field)) return { c, outcome: "other" as const };
    const mine = comparableFormValue(c.field, values[c.field], c.before);
    const outcome = mergeOutcome(c.before, c.after, mine, { value: c.after });
    return { c, outcome: outcome === "overwrite" || outcome === "conflict" ? ("overwrite" as const) : outcome === "same" ? ("same" as const) : ("theirs" as const) };
  });
  const overwritten = rows.filter((r) => r.outcome === "overwrite");
  const kept = rows.filter((r) => r.outcome !== "overwrite");
  const th = "py-1 pr-3 align-bottom font-medium";
  const td = "py-1 pr-3 align-top";
  return (
    <section aria-labelledby="conflict-heading" data-testid="conflict-changes"
      className="space-y-4 rounded border border-amber-500 p-3 text-sm">
      <h3 id="conflict-heading" className="text-base font-semibold">{t("conflict.heading")}</h3>
      {overwritten.length > 0 ? (
        <table className="w-full text-left" data-testid="conflict-overwritten">
          <caption className="mb-1 text-left font-semibold">{t("conflict.overwritten", { count: overwritten.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("conflict.field")}</th>
              <th scope="col" className={th}>{t("conflict.theirs")}</th>
              <th scope="col" className={th}>{t("conflict.yours")}</th>
              <th scope="col" className={th}>{t("conflict.changedBy")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {overwritten.map(({ c }) => (
              <tr key={c.field} data-field={c.field}>
                <th scope="row" id={`conflict-${c.field}`} className={td}>{fieldName(c.field)}</th>
                <td className={td}><Shown value={displayAuditValue(c.field, c.after, intl)} /></td>
                <td className={td}><Shown value={displayAuditValue(c.field, isRoleField(c.field) ? comparableFormValue(c.field, values[c.field], c.before) : c.mine, intl)} /></td>
                <td className={td}>{c.by.join(", ")}</td>
                <td className="py-1 align-top">
                  {isRoleField(c.field) && (
                    <button type="button" className="underline" aria-describedby={`conflict-${c.field}`}
                      onClick={() => onUseTheirs(c.field as RoleField, c.after)}>
                      {t("conflict.useTheirs")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="conflict-none-overwritten">{t("conflict.noneOverwritten")}</p>
      )}
      {kept.length > 0 ? (
        <table className="w-full text-left" data-testid="conflict-kept">
          <caption className="mb-1 text-left font-semibold">{t("conflict.kept", { count: kept.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("conflict.field")}</th>
              <th scope="col" className={th}>{t("conflict.theirs")}</th>
              <th scope="col" className={th}>{t("conflict.changedBy")}</th>
              <th scope="col" className={th}>{t("conflict.why")}</th>
            </tr>
          </thead>
          <tbody>
            {kept.map(({ c, outcome }) => (
              <tr key={c.field} data-field={c.field}>
                <th scope="row" className={td}>{fieldName(c.field)}</th>
                <td className={td}><Shown value={displayAuditValue(c.field, c.after, intl)} /></td>
                <td className={td}>{c.by.join(", ")}</td>
                <td className={td}>{t("conflict.keptBecause", { reason: outcome })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("conflict.noneKept")}</p>
      )}
    </section>
  );
}

/**
 * Create/edit form for a listing. Parses the shared zod schema in the browser for instant feedback (on blur and on
 * submit), then the server action parses it again. Inputs are controlled, so a refused save (invalid, conflict,
 * signed out) keeps what was typed. Errors sit beside each field (aria-describedby) in live regions.
 * On a conflict (someone saved a newer version) the form takes in their changes to fields the user did not change,
 * lists which of their changes will be kept and which the user's input will overwrite (ConflictView), and carries
 * both the version it started from (`baseVersion`) and the one the conflict showed (`version`), so "Save over" is
 * merged field by field on the server and refused again if anything the user has not seen would be overwritten.
 * Labels, hints and messages are in the page's language (`admin` messages; the browser's own checks are
 * translated from parseRoleForm's issues, the server's arrive translated). Input: the initial values, and `id` +
 * `version` to edit or `idempotencyKey` to create. Success redirects (server action); nothing is thrown.
 */
export function RoleForm({ initial, id, version, idempotencyKey }: Props) {
  const t = useTranslations("admin");
  const shared = useTranslations("common");
  const [state, formAction, pending] = useActionState<RoleFormState, FormData>(saveRoleAction, { status: "idle" });
  // Without JavaScript the page re-renders with the action's state, so start from the kept input when there is one.
  const [values, setValues] = useState<RoleFormValues>(() => state.values ?? initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [touched, setTouched] = useState<Partial<Record<RoleField, boolean>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.values) setValues(state.values);
    if (state.status !== "idle") {
      setClientErrors({});
      summaryRef.current?.focus();
    }
  }, [state]);

  const errors: FieldErrors = { ...(state.fieldErrors ?? {}), ...clientErrors };
  const validate = (next: RoleFormValues, only?: Partial<Record<RoleField, boolean>>) => {
    const r = parseRoleForm(next);
    const all = r.ok ? {} : translateRoleIssues(r.issues, t, (f) => t(`fieldName.${f}`));
    const shown: FieldErrors = {};
    for (const f of ROLE_FIELDS) {
      if (!only || only[f]) shown[f] = all[f] ?? [];
    }
    setClientErrors(shown);
    return all;
  };
  const set = (f: RoleField, v: string) => {
    const next = { ...values, [f]: v };
    setValues(next);
    if (touched[f]) validate(next, touched);
  };

  const field = (f: RoleField) => {
    const msgs = errors[f] ?? [];
    const describedBy = [`${f}-error`, hasHint(f) ? `${f}-hint` : null].filter(Boolean).join(" ");
    const common = {
      id: f,
      name: f,
      value: values[f],
      "aria-invalid": msgs.length > 0 || undefined,
      "aria-describedby": describedBy,
      onBlur: () => {
        const t = { ...touched, [f]: true };
        setTouched(t);
        validate(values, t);
      },
      className: `mt-1 w-full rounded border bg-white px-2 py-1.5 dark:bg-slate-900 ${msgs.length ? "border-red-600" : "border-slate-400 dark:border-slate-600"}`,
    };
    return (
      <div key={f}>
        <label htmlFor={f} className="block text-sm font-medium">{t(`label.${f}`)}</label>
        {f === "tier" || f === "horizon" ? (
          <select {...common} onChange={(e) => set(f, e.target.value)}>
            {(f === "tier" ? TIER_VALUES : HORIZON_VALUES).map((v) => (
              <option key={v} value={v}>{f === "tier" ? shared(`tier.${v as TierValue}`) : shared(`horizon.${v as HorizonValue}`)}</option>
            ))}
          </select>
        ) : MULTILINE[f] ? (
          <textarea {...common} rows={MULTILINE[f]} onChange={(e) => set(f, e.target.value)} lang={contentLang(f)} />
        ) : (
          <input {...common} type="text" onChange={(e) => set(f, e.target.value)} lang={contentLang(f)} />
        )}
        {hasHint(f) && <p id={`${f}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t(`hints.${f}`)}</p>}
        <p id={`${f}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-300" data-testid={`${f}-error`}>
          {msgs.join(" ")}
        </p>
      </div>
    );
  };

  return (
    <form
      action={formAction}
      noValidate
      className="max-w-3xl space-y-4"
      onSubmit={(e) => {
        const all = validate(values);
        if (Object.keys(all).length > 0) {
          e.preventDefault();
          setTouched(Object.fromEntries(ROLE_FIELDS.map((f) => [f, true])));
          const first = Object.keys(all)[0];
          if (first) document.getElementById(first)?.focus();
        }
      }}
    >
      {id && <input type="hidden" name="id" value={id} />}
      {version !== undefined && <input type="hidden" name="version" value={state.version ?? version} />}
      {version !== undefined && <input type="hidden" name="baseVersion" value={state.baseVersion ?? version} />}
      {idempotencyKey && <input type="hidden" name="idempotencyKey" value={idempotencyKey} />}

      <div ref={summaryRef} tabIndex={-1} role="alert" aria-live="assertive" data-testid="form-message"
        className={state.message ? `rounded border p-3 ${state.status === "conflict" ? "border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50" : "border-red-500 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50"}` : "sr-only"}>
        {state.message}
      </div>
      {state.status === "conflict" && state.conflict && (
        <ConflictView changes={state.conflict} values={values} onUseTheirs={set} />
      )}

      <div className="grid gap-4 md:grid-cols-2">
        {field("titleEn")}
        {field("titleZh")}
      </div>
      {field("slug")}
      <div className="grid gap-4 md:grid-cols-2">
        {field("tier")}
        {field("horizon")}
      </div>
      {field("summaryEn")}
      {field("summaryZh")}
      {field("descriptionEn")}
      {field("descriptionZh")}
      {field("sourceName")}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? t("form.saving") : id ? (state.status === "conflict" ? t("form.saveOver") : t("form.save")) : t("form.create")}
      </button>
    </form>
  );
}
