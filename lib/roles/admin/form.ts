import { z } from "zod";
import { HORIZON_VALUES, TIER_VALUES } from "@/lib/roles/constants";

/*
 * The one schema of an editable listing. The admin form parses it in the browser for instant feedback and the
 * server actions and the importer parse it again for truth. No server-only imports: client components use it.
 */

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 600;
export const DESCRIPTION_MAX = 20_000;
export const SLUG_MAX = 120;
export const SOURCE_MAX = 300;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The listing's fields, in form order (the keys of RoleInput). */
export const ROLE_FIELDS = [
  "titleEn",
  "titleZh",
  "slug",
  "summaryEn",
  "summaryZh",
  "descriptionEn",
  "descriptionZh",
  "tier",
  "horizon",
  "sourceName",
] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

// C0/C1 control characters other than tab and newlines cannot be meant; NUL cannot be stored by Postgres.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const chars = (s: string) => [...s].length;

/*
 * Validation messages. Each refusal is an issue with a code and its details (RoleIssue), so the admin form and the
 * server actions can show it in the page's language (messages `admin.validation.<code>`, see translateRoleIssues).
 * The zod messages themselves stay English (englishIssueMessage): the import report, the API and the command-line
 * import check show those.
 */

/** What can be wrong with one listing field; the messages are `admin.validation.<code>`. */
export type RoleIssueCode = "notText" | "tooLong" | "controlChar" | "misencoded" | "oneLine" | "slugFormat" | "choice" | "titleRequired";

/**
 * One refusal of one field, with what its message needs: `max` (tooLong, slugFormat: a character count),
 * `found` (controlChar, misencoded: the offending character as "U+0000"), `choices` (choice: the accepted values).
 */
export interface RoleIssue {
  code: RoleIssueCode;
  field: RoleField;
  max?: number;
  found?: string;
  choices?: string;
}

/** Every issue of a form, per field, in the order the checks found them. */
export type RoleIssues = Partial<Record<RoleField, RoleIssue[]>>;

/** How the English messages name each field. */
const ISSUE_LABELS: Record<RoleField, string> = {
  titleEn: "English title",
  titleZh: "Chinese title",
  slug: "Slug",
  summaryEn: "English summary",
  summaryZh: "Chinese summary",
  descriptionEn: "English description",
  descriptionZh: "Chinese description",
  tier: "Skill tier",
  horizon: "Emergence horizon",
  sourceName: "Source",
};

/**
 * The English message of an issue, as the import report and the API show it. Input: a RoleIssue. Output: one
 * sentence without a final full stop, e.g. "English title must be at most 200 characters". Pure.
 */
export function englishIssueMessage(issue: RoleIssue): string {
  const label = ISSUE_LABELS[issue.field];
  switch (issue.code) {
    case "notText":
      return `${label} must be text`;
    case "tooLong":
      return `${label} must be at most ${issue.max} characters`;
    case "controlChar":
      return `${label} must not contain control characters (found ${issue.found})`;
    case "misencoded":
      return `${label} must not contain control characters (found ${issue.found}) (this looks like mis-encoded text: re-save the file as UTF-8)`;
    case "oneLine":
      return `${label} must be one line`;
    case "slugFormat":
      return `Slug must be lowercase letters a–z, digits and single hyphens (at most ${issue.max}), or empty to generate one`;
    case "choice":
      return `${label} must be one of ${issue.choices}`;
    case "titleRequired":
      return "Give an English or a Chinese title (or both)";
  }
}

/** A zod issue carrying a RoleIssue in `params`, with its English message. */
const addIssue = (ctx: z.RefinementCtx, issue: Omit<RoleIssue, "field">, field: RoleField) =>
  ctx.addIssue({ code: "custom", message: englishIssueMessage({ ...issue, field }), params: { roleIssue: { ...issue, field } } });

/** How every text field is stored: NFC, line breaks as "\n", no surrounding white space. */
const normaliseText = (s: string) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim();

const text = (field: RoleField, max: number, { multiline }: { multiline: boolean }) =>
  z
    .string({ error: englishIssueMessage({ code: "notText", field }) })
    .max(max * 4, englishIssueMessage({ code: "tooLong", field, max }))
    .transform(normaliseText)
    // Each check reports on its own, so one field can carry several messages.
    .superRefine((s, ctx) => {
      const c = s.match(CONTROL)?.[0];
      if (c !== undefined) {
        const found = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
        // U+0080–U+009F inside text is nearly always UTF-8 that was decoded as Latin-1 somewhere upstream.
        addIssue(ctx, { code: /[\u0080-\u009F]/.test(c) ? "misencoded" : "controlChar", found }, field);
      }
      if (!multiline && s.includes("\n")) addIssue(ctx, { code: "oneLine" }, field);
      if (chars(s) > max) addIssue(ctx, { code: "tooLong", max }, field);
    });

const optionalChoice = <T extends readonly [string, ...string[]]>(field: RoleField, values: T) =>
  z
    .union([z.literal(""), z.enum(values)], { error: englishIssueMessage({ code: "choice", field, choices: values.join(", ") }) })
    .transform((v) => (v === "" ? "unspecified" : v) as T[number]);

export const roleFormSchema = z
  .object({
    titleEn: text("titleEn", TITLE_MAX, { multiline: false }).default(""),
    titleZh: text("titleZh", TITLE_MAX, { multiline: false }).default(""),
    /** Empty = generated from the title (on create) or unchanged (on edit). */
    slug: z
      .string({ error: englishIssueMessage({ code: "notText", field: "slug" }) })
      .trim()
      .toLowerCase()
      .superRefine((s, ctx) => {
        if (!(s === "" || (chars(s) <= SLUG_MAX && SLUG_PATTERN.test(s)))) addIssue(ctx, { code: "slugFormat", max: SLUG_MAX }, "slug");
      })
      .default(""),
    summaryEn: text("summaryEn", SUMMARY_MAX, { multiline: true }).default(""),
    summaryZh: text("summaryZh", SUMMARY_MAX, { multiline: true }).default(""),
    descriptionEn: text("descriptionEn", DESCRIPTION_MAX, { multiline: true }).default(""),
    descriptionZh: text("descriptionZh", DESCRIPTION_MAX, { multiline: true }).default(""),
    tier: optionalChoice("tier", TIER_VALUES).default("unspecified"),
    horizon: optionalChoice("horizon", HORIZON_VALUES).default("unspecified"),
    sourceName: text("sourceName", SOURCE_MAX, { multiline: false }).default(""),
  })
  .superRefine((v, ctx) => {
    if (!v.titleEn && !v.titleZh) {
      for (const field of ["titleEn", "titleZh"] as const) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: englishIssueMessage({ code: "titleRequired", field }),
          params: { roleIssue: { code: "titleRequired", field } },
        });
      }
    }
  });

/** A valid listing as the server stores it. */
export type RoleInput = z.output<typeof roleFormSchema>;
// ROLE_FIELDS must name exactly the schema's fields: this line stops compiling when they differ.
const SAME_FIELDS: [RoleField, keyof RoleInput] extends [keyof RoleInput, RoleField] ? true : never = true;
void SAME_FIELDS;
/** Form values as typed (strings), for keeping the user's input after a failed save. */
export type RoleFormValues = Record<RoleField, string>;

/** The listing fields of a FormData (or a plain record) as strings; absent fields are "". */
export function formValues(data: FormData | Record<string, unknown>): RoleFormValues {
  const get = (k: string) => (data instanceof FormData ? data.get(k) : data[k]);
  const out = {} as RoleFormValues;
  for (const f of ROLE_FIELDS) {
    const v = get(f);
    out[f] = typeof v === "string" ? v : v == null ? "" : String(v);
  }
  return out;
}

/**
 * A typed form value as the schema would store it, for comparing typed input with stored values while the user
 * edits (the conflict view): text normalised like roleFormSchema (NFC, "\n" line breaks, trimmed), the slug
 * trimmed and lower-cased (empty = `currentSlug`, as an edit keeps the slug), an empty tier or horizon
 * "unspecified". Input: the field, its typed value, the slug the listing has. Output: the comparable value. It does
 * not validate: the server's parse stays the truth. Pure.
 */
export function comparableFormValue(field: RoleField, raw: string, currentSlug: string): string {
  if (field === "slug") return raw.trim().toLowerCase() || currentSlug;
  if (field === "tier" || field === "horizon") return raw === "" ? "unspecified" : raw;
  return normaliseText(raw);
}

/** Messages per field, ready to show (English from parseRoleForm; the page's language from translateRoleIssues). */
export type FieldErrors = Partial<Record<RoleField, string[]>>;

/** The RoleIssue a zod issue of roleFormSchema stands for (every issue the schema raises maps to one). */
function roleIssueOf(issue: z.core.$ZodIssue): RoleIssue {
  const field = issue.path[0] as RoleField;
  const own = issue.code === "custom" ? (issue.params?.roleIssue as RoleIssue | undefined) : undefined;
  if (own) return own;
  if (issue.code === "too_big") return { code: "tooLong", field, max: MAX_CHARS[field] };
  if (field === "tier" || field === "horizon") return { code: "choice", field, choices: (field === "tier" ? TIER_VALUES : HORIZON_VALUES).join(", ") };
  return { code: "notText", field };
}

const MAX_CHARS: Partial<Record<RoleField, number>> = {
  titleEn: TITLE_MAX,
  titleZh: TITLE_MAX,
  slug: SLUG_MAX,
  summaryEn: SUMMARY_MAX,
  summaryZh: SUMMARY_MAX,
  descriptionEn: DESCRIPTION_MAX,
  descriptionZh: DESCRIPTION_MAX,
  sourceName: SOURCE_MAX,
};

/**
 * Parses form values (from the browser form, a server action's FormData via formValues, or an import row).
 * Output: the valid input, or per field both the English messages (`fieldErrors`, as the import report and the API
 * show them) and the issues behind them (`issues`, for translateRoleIssues). Never throws.
 */
export function parseRoleForm(
  values: Record<string, unknown>,
): { ok: true; input: RoleInput } | { ok: false; fieldErrors: FieldErrors; issues: RoleIssues } {
  const r = roleFormSchema.safeParse(values);
  if (r.success) return { ok: true, input: r.data };
  const issues: RoleIssues = {};
  for (const zi of r.error.issues) {
    if (!ROLE_FIELDS.includes(zi.path[0] as RoleField)) continue;
    const issue = roleIssueOf(zi);
    (issues[issue.field] ??= []).push(issue);
  }
  return { ok: false, fieldErrors: z.flattenError(r.error).fieldErrors as FieldErrors, issues };
}

/**
 * next-intl's `t` for the "admin" namespace (useTranslations("admin") in the browser, getTranslations("admin") in
 * a server action), narrowed to the keys translateRoleIssues uses.
 */
export type RoleIssueTranslator = (
  key: `validation.${RoleIssueCode}`,
  values: { field: string; max: number; found: string; choices: string },
) => string;

/**
 * Issues as messages in the page's language: `admin.validation.<code>` with the field named by `fieldName(field)`
 * (the caller's `admin.fieldName.<field>`). Input: parseRoleForm's `issues`. Output: FieldErrors. Pure.
 */
export function translateRoleIssues(issues: RoleIssues, t: RoleIssueTranslator, fieldName: (field: RoleField) => string): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, list] of Object.entries(issues) as [RoleField, RoleIssue[]][]) {
    out[field] = list.map((i) => t(`validation.${i.code}`, { field: fieldName(i.field), max: i.max ?? 0, found: i.found ?? "", choices: i.choices ?? "" }));
  }
  return out;
}
