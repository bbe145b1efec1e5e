import { z } from "zod";
import { HORIZON_VALUES, TIER_VALUES } from "./constants";

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

// C0/C1 control characters other than tab and newlines cannot be meant; NUL cannot be stored by Postgres.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const chars = (s: string) => [...s].length;

const text = (label: string, max: number, { multiline }: { multiline: boolean }) =>
  z
    .string({ error: `${label} must be text` })
    .max(max * 4, `${label} must be at most ${max} characters`)
    .transform((s) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .refine((s) => !CONTROL.test(s), {
      error: (iss) => {
        const c = String(iss.input).match(CONTROL)?.[0] ?? "";
        const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
        // U+0080–U+009F inside text is nearly always UTF-8 that was decoded as Latin-1 somewhere upstream.
        const hint = /[\u0080-\u009F]/.test(c) ? " (this looks like mis-encoded text: re-save the file as UTF-8)" : "";
        return `${label} must not contain control characters (found ${code})${hint}`;
      },
    })
    .refine((s) => multiline || !s.includes("\n"), `${label} must be one line`)
    .refine((s) => chars(s) <= max, `${label} must be at most ${max} characters`);

const optionalChoice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z
    .union([z.literal(""), z.enum(values)], { error: `${label} must be one of ${values.join(", ")}` })
    .transform((v) => (v === "" ? "unspecified" : v) as T[number]);

export const roleFormSchema = z
  .object({
    titleEn: text("English title", TITLE_MAX, { multiline: false }).default(""),
    titleZh: text("Chinese title", TITLE_MAX, { multiline: false }).default(""),
    /** Empty = generated from the title (on create) or unchanged (on edit). */
    slug: z
      .string({ error: "Slug must be text" })
      .trim()
      .toLowerCase()
      .refine((s) => s === "" || (chars(s) <= SLUG_MAX && SLUG_PATTERN.test(s)), {
        message: `Slug must be lowercase letters a–z, digits and single hyphens (at most ${SLUG_MAX}), or empty to generate one`,
      })
      .default(""),
    summaryEn: text("English summary", SUMMARY_MAX, { multiline: true }).default(""),
    summaryZh: text("Chinese summary", SUMMARY_MAX, { multiline: true }).default(""),
    descriptionEn: text("English description", DESCRIPTION_MAX, { multiline: true }).default(""),
    descriptionZh: text("Chinese description", DESCRIPTION_MAX, { multiline: true }).default(""),
    tier: optionalChoice("Skill tier", TIER_VALUES).default("unspecified"),
    horizon: optionalChoice("Emergence horizon", HORIZON_VALUES).default("unspecified"),
    sourceName: text("Source", SOURCE_MAX, { multiline: false }).default(""),
  })
  .superRefine((v, ctx) => {
    if (!v.titleEn && !v.titleZh) {
      for (const path of ["titleEn", "titleZh"]) {
        ctx.addIssue({ code: "custom", path: [path], message: "Give an English or a Chinese title (or both)" });
      }
    }
  });

/** A valid listing as the server stores it. */
export type RoleInput = z.output<typeof roleFormSchema>;
export type RoleField = keyof RoleInput;
/** Form values as typed (strings), for keeping the user's input after a failed save. */
export type RoleFormValues = Record<RoleField, string>;

export const ROLE_FIELDS: readonly RoleField[] = [
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
];

export const FIELD_LABELS: Record<RoleField, string> = {
  titleEn: "English title",
  titleZh: "Chinese title",
  slug: "Slug",
  summaryEn: "English summary",
  summaryZh: "Chinese summary",
  descriptionEn: "English description (Markdown)",
  descriptionZh: "Chinese description (Markdown)",
  tier: "Skill tier",
  horizon: "Emergence horizon",
  sourceName: "Source",
};

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

export type FieldErrors = Partial<Record<RoleField, string[]>>;

/** Parses form values: the valid input, or one list of messages per field. */
export function parseRoleForm(
  values: Record<string, unknown>,
): { ok: true; input: RoleInput } | { ok: false; fieldErrors: FieldErrors } {
  const r = roleFormSchema.safeParse(values);
  if (r.success) return { ok: true, input: r.data };
  return { ok: false, fieldErrors: z.flattenError(r.error).fieldErrors as FieldErrors };
}
