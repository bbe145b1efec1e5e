import { STAFF_ROLES } from "@/lib/auth/roles";
import { LANGUAGE_TAG } from "@/lib/i18n/routing";
import { EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, SALARY_PERIODS, WORKPLACE_TYPES } from "@/lib/openings/constants";
import { HORIZON_VALUES, TIER_VALUES } from "@/lib/roles/constants";

/*
 * How the audit log and a listing's History show what an entry recorded, in the page's language. Pure: the
 * translator and formatter come in as arguments (useTranslations()/useFormatter() on a page, createTranslator /
 * createFormatter in tests), so the same function serves both views and the unit tests.
 */

const STATUSES = ["draft", "review", "published", "archived"] as const;

/** Every message this module reads (full keys from the message root). */
type DisplayKey =
  | `admin.status.${(typeof STATUSES)[number]}`
  | `common.tier.${(typeof TIER_VALUES)[number]}`
  | `common.horizon.${(typeof HORIZON_VALUES)[number]}`
  | `admin.staffRole.${(typeof STAFF_ROLES)[number]}`
  | `jobs.workplace.${(typeof WORKPLACE_TYPES)[number]}`
  | `jobs.employment.${(typeof EMPLOYMENT_TYPES)[number]}`
  | `jobs.experience.${(typeof EXPERIENCE_LEVELS)[number]}`
  | `jobs.period.${(typeof SALARY_PERIODS)[number]}`
  | `admin.auditValue.${"empty" | "yes" | "no" | "passwordSet" | "passwordChanged"}`
  | "admin.history.commandLine";

/** What the display needs from next-intl: a root translator (no namespace) and a formatter with the site's formats. */
export interface AuditDisplayIntl {
  t: {
    (key: DisplayKey): string;
    (key: "admin.time.utc", values: { time: string }): string;
  };
  format: { dateTime(value: Date, format: "dateTime"): string };
}

/** One value of an audit entry, ready to show. */
export interface AuditValueDisplay {
  /** The text to show: a label in the page's language, a formatted time, or free text as stored. */
  text: string;
  /** BCP 47 tag of free text in a known language (fields ending in `Zh` or `En`), for a `lang` attribute. */
  lang?: string;
  /** The instant, as ISO 8601, when the value is a timestamp (for `<time dateTime>`). */
  dateTime?: string;
  /** True when the value is empty (null, missing or ""), shown as the "(empty)" word. */
  empty?: boolean;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const PASSWORD_MARKERS = { "(set)": "passwordSet", "(changed)": "passwordChanged" } as const;
/** The database enum spellings (`FIVE_YEARS`) of the horizon, after lower-casing and `_` → `-`. */
const HORIZON_ALIASES: Record<string, string> = { "five-years": "5-year", "ten-years": "10-year" };

/** `LOW_TO_MEDIUM` → `low-to-medium`: the URL/JSON spelling of an enum value stored either way. */
const normalise = (s: string) => s.trim().toLowerCase().replace(/_/g, "-");
const among = <T extends string>(values: readonly T[], s: string): T | undefined => values.find((v) => v === s);

/** The value as an instant when the field holds a timestamp (a Date, or an ISO string in a `…At` field). */
function asInstant(field: string, value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "string" || !field.endsWith("At") || !ISO_INSTANT.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * One changed value of an audit entry (`changes[field].before` or `.after`, as lib/audit/log.ts stored it) as
 * text in the page's language:
 * - null, undefined or "" → the "(empty)" word (`empty: true`);
 * - `status` → the status label (`admin.status.*`); `tier`/`horizon` → `common.tier.*`/`common.horizon.*`, in
 *   the URL spelling (`low-to-medium`, `5-year`) or the database enum one (`LOW_TO_MEDIUM`, `FIVE_YEARS`);
 *   staff `role` → `admin.staffRole.*`; an opening's `workplaceType`, `employmentType`, `experienceLevel` and
 *   `salaryPeriod` → `jobs.workplace.*`, `jobs.employment.*`, `jobs.experience.*`, `jobs.period.*` (in the form
 *   spelling `on-site` or the database one `ON_SITE`); `active` (boolean or "true"/"false") → yes/no; the `password` markers
 *   "(set)"/"(changed)" → their words;
 * - a timestamp (a Date, or an ISO string in a field ending in `At`) → the date and time in UTC through
 *   `format.dateTime(d, "dateTime")`, with `dateTime` set to the ISO instant;
 * - any other string (titles, summaries, slugs, emails, and values the rules above do not recognise) → as stored,
 *   with `lang` "zh-CN" for fields ending in `Zh` and "en" for fields ending in `En`;
 * - other JSON (numbers, objects) → its JSON text.
 * Does not shorten long text.
 */
export function displayAuditValue(field: string, value: unknown, { t, format }: AuditDisplayIntl): AuditValueDisplay {
  if (value === null || value === undefined || value === "") return { text: t("admin.auditValue.empty"), empty: true };
  const instant = asInstant(field, value);
  if (instant) return { text: t("admin.time.utc", { time: format.dateTime(instant, "dateTime") }), dateTime: instant.toISOString() };
  if (field === "active" && (value === true || value === "true")) return { text: t("admin.auditValue.yes") };
  if (field === "active" && (value === false || value === "false")) return { text: t("admin.auditValue.no") };
  if (typeof value !== "string") return { text: JSON.stringify(value) ?? String(value) };

  const key = normalise(value);
  if (field === "status") {
    const status = among(STATUSES, key);
    if (status) return { text: t(`admin.status.${status}`) };
  } else if (field === "tier") {
    const tier = among(TIER_VALUES, key);
    if (tier) return { text: t(`common.tier.${tier}`) };
  } else if (field === "horizon") {
    const horizon = among(HORIZON_VALUES, HORIZON_ALIASES[key] ?? key);
    if (horizon) return { text: t(`common.horizon.${horizon}`) };
  } else if (field === "role") {
    const role = among(STAFF_ROLES, key);
    if (role) return { text: t(`admin.staffRole.${role}`) };
  } else if (field === "workplaceType") {
    const v = among(WORKPLACE_TYPES, key);
    if (v) return { text: t(`jobs.workplace.${v}`) };
  } else if (field === "employmentType") {
    const v = among(EMPLOYMENT_TYPES, key);
    if (v) return { text: t(`jobs.employment.${v}`) };
  } else if (field === "experienceLevel") {
    const v = among(EXPERIENCE_LEVELS, key);
    if (v) return { text: t(`jobs.experience.${v}`) };
  } else if (field === "salaryPeriod") {
    const v = among(SALARY_PERIODS, key);
    if (v) return { text: t(`jobs.period.${v}`) };
  } else if (field === "password" && value in PASSWORD_MARKERS) {
    return { text: t(`admin.auditValue.${PASSWORD_MARKERS[value as keyof typeof PASSWORD_MARKERS]}`) };
  }
  const lang = field.endsWith("Zh") ? LANGUAGE_TAG.zh : field.endsWith("En") ? LANGUAGE_TAG.en : undefined;
  return lang ? { text: value, lang } : { text: value };
}

/**
 * Who made an audit entry, as shown: the staff member's email as stored, or the page-language words for the
 * command line (lib/audit/log.ts records `actorEmail` "cli" when there was no signed-in actor).
 */
export function displayAuditActor(actorEmail: string, { t }: Pick<AuditDisplayIntl, "t">): string {
  return actorEmail === "cli" ? t("admin.history.commandLine") : actorEmail;
}
