"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect, useRef, useState } from "react";
import type { RoleStatus } from "@/lib/generated/prisma/enums";
import { LANGUAGE_TAG } from "@/lib/i18n/routing";
import { saveOpeningAction } from "@/lib/openings/admin/actions";
import { COMMON_CURRENCIES, EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, SALARY_PERIODS, WORKPLACE_TYPES } from "@/lib/openings/constants";
import {
  OPENING_FIELDS,
  type OpeningField,
  type OpeningFieldErrors,
  type OpeningFormValues,
  parseOpeningForm,
  translateOpeningIssues,
} from "@/lib/openings/form/schema";
import type { OpeningFormState } from "@/lib/openings/admin/form-state";
import { isAuditedField } from "@/lib/roles/admin/form-state";

/** A role the opening can be filed under (lib/openings/admin/data.ts listRoleChoices). */
export interface RoleOption {
  slug: string;
  titleEn: string;
  titleZh: string;
  status: RoleStatus;
}

interface Props {
  initial: OpeningFormValues;
  roles: RoleOption[];
  /** Editing: the opening's id and the version the form was opened at. */
  id?: string;
  version?: number;
  /** Creating: a UUID made when the page rendered, so a double submit creates one opening. */
  idempotencyKey?: string;
}

/** Fields with a hint under them (`admin.openings.form.hints.<field>`). */
const HINTS = [
  "roleSlug",
  "slug",
  "titleEn",
  "locations",
  "remoteCountries",
  "salaryMonths",
  "salaryText",
  "applyUrl",
  "datePosted",
  "validThrough",
  "timeZone",
  "externalId",
  "descriptionEn",
] as const satisfies readonly OpeningField[];
const hasHint = (f: OpeningField): f is (typeof HINTS)[number] => (HINTS as readonly string[]).includes(f);
const MULTILINE: Partial<Record<OpeningField, number>> = { locations: 3, descriptionEn: 10, descriptionZh: 10 };
const SALARY_FIELDS = ["salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod", "salaryMonths", "salaryText"] as const;
const contentLang = (f: OpeningField) => (f.endsWith("Zh") ? LANGUAGE_TAG.zh : f.endsWith("En") ? LANGUAGE_TAG.en : undefined);
const isOpeningField = (f: string): f is OpeningField => (OPENING_FIELDS as readonly string[]).includes(f);

/**
 * Create/edit form for an opening, the roles' form recipe (components/admin/role-form.tsx) for the opening schema
 * (lib/openings/form/schema.ts): the same schema parses in the browser for instant feedback (on blur and on submit) and
 * again in the server action. Inputs are controlled, so a refused save (invalid, conflict, signed out) keeps exactly
 * what was typed. Errors sit beside each field (aria-describedby) in live regions. On a conflict it lists what
 * others changed and offers their value per field; saving again overwrites. Fields are grouped: the posting
 * (role as a select of the roles, titles, slug, employer, employment, experience), where (workplace, locations one
 * "City, CC" per line, remote countries), the salary (amounts, currency, period, months, as stated), dates and the
 * apply link, descriptions. Labels, hints and messages are in the page's language (`admin` messages; choice labels
 * from `jobs`). Input: the initial values, the roles, and `id` + `version` to edit or `idempotencyKey` to create.
 * Success redirects (server action); nothing is thrown.
 */
export function OpeningForm({ initial, roles, id, version, idempotencyKey }: Props) {
  const t = useTranslations("admin");
  const jobs = useTranslations("jobs");
  const statusName = useTranslations("admin.status");
  const [state, formAction, pending] = useActionState<OpeningFormState, FormData>(saveOpeningAction, { status: "idle" });
  // Without JavaScript the page re-renders with the action's state, so start from the kept input when there is one.
  const [values, setValues] = useState<OpeningFormValues>(() => state.values ?? initial);
  const [clientErrors, setClientErrors] = useState<OpeningFieldErrors>({});
  const [touched, setTouched] = useState<Partial<Record<OpeningField, boolean>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.values) setValues(state.values);
    if (state.status !== "idle") {
      setClientErrors({});
      summaryRef.current?.focus();
    }
  }, [state]);

  const errors: OpeningFieldErrors = { ...(state.fieldErrors ?? {}), ...clientErrors };
  const validate = (next: OpeningFormValues, only?: Partial<Record<OpeningField, boolean>>) => {
    const r = parseOpeningForm(next);
    const all = r.ok ? {} : translateOpeningIssues(r.issues, t, (f) => t(`openingFieldName.${f}`));
    const shown: OpeningFieldErrors = {};
    for (const f of OPENING_FIELDS) {
      if (!only || only[f]) shown[f] = all[f] ?? [];
    }
    setClientErrors(shown);
    return all;
  };
  const set = (f: OpeningField, v: string) => {
    const next = { ...values, [f]: v };
    setValues(next);
    if (touched[f]) validate(next, touched);
  };

  const choices = (f: OpeningField): { value: string; label: string }[] | null => {
    switch (f) {
      case "roleSlug": {
        const known = roles.some((r) => r.slug === values.roleSlug);
        return [
          { value: "", label: t("openings.form.choose") },
          ...roles.map((r) => ({
            value: r.slug,
            label: t("openings.form.roleOption", {
              title: r.titleEn && r.titleZh ? `${r.titleEn} · ${r.titleZh}` : r.titleEn || r.titleZh || r.slug,
              status: r.status.toLowerCase(),
              statusLabel: statusName(r.status.toLowerCase() as "draft" | "review" | "published" | "archived"),
            }),
          })),
          // A role that is gone since the opening was saved stays selectable, so the stored value is not lost silently.
          ...(values.roleSlug && !known ? [{ value: values.roleSlug, label: values.roleSlug }] : []),
        ];
      }
      case "workplaceType":
        return [{ value: "", label: t("openings.form.choose") }, ...WORKPLACE_TYPES.map((v) => ({ value: v, label: jobs(`workplace.${v}`) }))];
      case "employmentType":
        return [{ value: "", label: t("openings.form.choose") }, ...EMPLOYMENT_TYPES.map((v) => ({ value: v, label: jobs(`employment.${v}`) }))];
      case "experienceLevel":
        return [{ value: "", label: t("openings.form.notStated") }, ...EXPERIENCE_LEVELS.map((v) => ({ value: v, label: jobs(`experience.${v}`) }))];
      case "salaryPeriod":
        return [{ value: "", label: t("openings.form.notStated") }, ...SALARY_PERIODS.map((v) => ({ value: v, label: jobs(`period.${v}`) }))];
      default:
        return null;
    }
  };

  const field = (f: OpeningField, extra: { describedBy?: string; className?: string } = {}) => {
    const msgs = errors[f] ?? [];
    const describedBy = [`${f}-error`, hasHint(f) ? `${f}-hint` : null, extra.describedBy ?? null].filter(Boolean).join(" ");
    const common = {
      id: f,
      name: f,
      value: values[f],
      "aria-invalid": msgs.length > 0 || undefined,
      "aria-describedby": describedBy,
      onBlur: () => {
        const next = { ...touched, [f]: true };
        setTouched(next);
        validate(values, next);
      },
      className: `mt-1 w-full rounded border bg-white px-2 py-1.5 dark:bg-slate-900 ${msgs.length ? "border-red-600" : "border-slate-400 dark:border-slate-600"}`,
    };
    const options = choices(f);
    return (
      <div key={f} className={extra.className}>
        <label htmlFor={f} className="block text-sm font-medium">{t(`openings.form.label.${f}`)}</label>
        {options ? (
          <select {...common} onChange={(e) => set(f, e.target.value)}>
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        ) : MULTILINE[f] ? (
          <textarea {...common} rows={MULTILINE[f]} onChange={(e) => set(f, e.target.value)} lang={contentLang(f)} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={f === "salaryMin" || f === "salaryMax" || f === "salaryMonths" ? "decimal" : undefined}
            list={f === "salaryCurrency" ? "opening-currencies" : undefined}
            autoComplete="off"
            spellCheck={f === "titleEn" || f === "employerName" ? undefined : false}
            onChange={(e) => set(f, e.target.value)}
            lang={contentLang(f)}
          />
        )}
        {hasHint(f) && <p id={`${f}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t(`openings.form.hints.${f}`)}</p>}
        <p id={`${f}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-300" data-testid={`${f}-error`}>
          {msgs.join(" ")}
        </p>
      </div>
    );
  };

  const group = (name: "posting" | "place" | "salary" | "apply" | "descriptions", children: ReactNode, hint?: string) => (
    <fieldset className="space-y-4 rounded border border-slate-200 p-4 dark:border-slate-800" aria-describedby={hint ? `${name}-group-hint` : undefined}>
      <legend className="px-1 font-semibold">{t(`openings.form.groups.${name}`)}</legend>
      {hint && <p id={`${name}-group-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>}
      {children}
    </fieldset>
  );

  return (
    <form
      action={formAction}
      noValidate
      className="max-w-3xl space-y-6"
      data-testid="opening-form"
      onSubmit={(e) => {
        const all = validate(values);
        if (Object.keys(all).length > 0) {
          e.preventDefault();
          setTouched(Object.fromEntries(OPENING_FIELDS.map((f) => [f, true])));
          const first = OPENING_FIELDS.find((f) => all[f]?.length);
          if (first) document.getElementById(first)?.focus();
        }
      }}
    >
      {id && <input type="hidden" name="id" value={id} />}
      {version !== undefined && <input type="hidden" name="version" value={state.version ?? version} />}
      {/* The version this input started from: after a conflict the server merges from it instead of reverting. */}
      {version !== undefined && <input type="hidden" name="baseVersion" value={state.baseVersion ?? version} />}
      {idempotencyKey && <input type="hidden" name="idempotencyKey" value={idempotencyKey} />}
      <datalist id="opening-currencies">
        {COMMON_CURRENCIES.map((c) => <option key={c} value={c} />)}
      </datalist>

      <div ref={summaryRef} tabIndex={-1} role="alert" aria-live="assertive" data-testid="form-message"
        className={state.message ? `rounded border p-3 ${state.status === "conflict" ? "border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50" : "border-red-500 bg-red-50 text-red-950 dark:bg-red-950 dark:text-red-50"}` : "sr-only"}>
        {state.message}
        {state.status === "conflict" && state.conflict && (
          <table className="mt-2 w-full text-left text-sm" data-testid="conflict-changes">
            <thead>
              <tr>
                <th className="pr-2">{t("conflict.field")}</th>
                <th className="pr-2">{t("conflict.theirs")}</th>
                <th className="pr-2">{t("conflict.changedBy")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {state.conflict.map((c) => (
                <tr key={c.field} data-field={c.field}>
                  <td className="pr-2 align-top">
                    {isOpeningField(c.field) ? t(`openingFieldName.${c.field}`) : isAuditedField(c.field) ? t(`auditField.${c.field}`) : c.field}
                  </td>
                  <td className="pr-2 align-top whitespace-pre-wrap">{c.after || t("auditValue.empty")}</td>
                  <td className="pr-2 align-top">{c.by.join(", ")}</td>
                  <td className="align-top">
                    {isOpeningField(c.field) && (
                      <button type="button" className="underline"
                        onClick={() => set(c.field as OpeningField, c.field === "locations" ? c.after.split("; ").join("\n") : c.after)}>
                        {t("conflict.useTheirs")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>

      {group(
        "posting",
        <>
          {field("roleSlug")}
          <div className="grid gap-4 md:grid-cols-2">
            {field("titleEn")}
            {field("titleZh")}
          </div>
          {field("slug")}
          <div className="grid gap-4 md:grid-cols-2">
            {field("employerName")}
            {field("employerUrl")}
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            {field("employmentType")}
            {field("experienceLevel")}
          </div>
        </>,
      )}
      {group(
        "place",
        <>
          {field("workplaceType")}
          {field("locations")}
          {field("remoteCountries")}
        </>,
      )}
      {group(
        "salary",
        <div className="grid gap-4 md:grid-cols-3">
          {SALARY_FIELDS.map((f) => field(f, { className: f === "salaryText" ? "md:col-span-2" : undefined }))}
        </div>,
        t("openings.form.hints.salary"),
      )}
      {group(
        "apply",
        <>
          {field("applyUrl")}
          <div className="grid gap-4 md:grid-cols-3">
            {field("datePosted")}
            {field("validThrough")}
            {field("timeZone")}
          </div>
          {field("externalId")}
        </>,
      )}
      {group(
        "descriptions",
        <>
          {field("descriptionEn")}
          {field("descriptionZh")}
        </>,
      )}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? t("form.saving") : id ? (state.status === "conflict" ? t("form.saveOver") : t("form.save")) : t("form.create")}
      </button>
    </form>
  );
}
