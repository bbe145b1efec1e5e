import { z } from "zod";
import { isCountryCode } from "@/lib/openings/form/countries";
import { DATE_MAX, DATE_MIN, DEFAULT_TIME_ZONE, inDateRange, isCalendarDate, normalizeTimeZone } from "@/lib/openings/form/dates";

export { DEFAULT_TIME_ZONE, expiresAt } from "@/lib/openings/form/dates";

/*
 * The one schema of an opening (a job posting, schema.org JobPosting) that belongs to one role. The admin form
 * parses it in the browser for instant feedback; the server actions, the API and the importer parse it again for
 * truth. No server-only imports: client components use it.
 *
 * Input is flat, as an HTML form or a CSV cell gives it: every field a string. JSON may also give numbers for the
 * salary fields and arrays for `locations` (of "City, CC" strings or { city, country } objects) and
 * `remoteCountries`. Lengths count Unicode code points after NFC. Every refusal is an OpeningIssue with a code (the
 * page shows it in its language: translateOpeningIssues) and an English message (englishOpeningIssueMessage: the
 * import report and the API show it).
 *
 * One-line fields (titles, employer, cities, salary as stated, external id) are tidied before they are checked:
 * NBSP and other space characters become spaces, runs of spaces collapse, and invisible formatting characters
 * are removed (bidi marks and embeddings U+200E/U+200F/U+202A–U+202E/U+2066–U+2069, zero-width space U+200B,
 * BOM U+FEFF, word joiner U+2060): pasted from web pages and ATS exports they carry no meaning in one line, and
 * the bidi ones can reorder what the reader sees. The zero-width joiner (U+200D) stays: it builds emoji (👩🏽‍💻).
 * Descriptions (Markdown) are kept as written, apart from NFC, newlines and trimming.
 */

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 20_000;
export const SLUG_MAX = 120;
export const EMPLOYER_MAX = 200;
export const URL_MAX = 500;
export const CITY_MAX = 100;
export const LOCATIONS_MAX = 20;
export const SALARY_TEXT_MAX = 100;
export const EXTERNAL_ID_MAX = 200;
/** Largest salary amount accepted, in the currency's major unit (yuan, dollars). */
export const SALARY_AMOUNT_MAX = 1e9;
/** Months of pay per year ("14薪" = 14): 12 (none extra) to 24. */
export const SALARY_MONTHS_MIN = 12;
export const SALARY_MONTHS_MAX = 24;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const WORKPLACE_TYPES = ["on-site", "hybrid", "remote"] as const;
export const EMPLOYMENT_TYPES = ["full-time", "part-time", "contract", "temporary", "internship"] as const;
/** "lead" = lead / executive. */
export const EXPERIENCE_LEVELS = ["entry", "mid", "senior", "lead"] as const;
export const SALARY_PERIODS = ["hour", "day", "month", "year"] as const;
export type WorkplaceType = (typeof WORKPLACE_TYPES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** The opening's fields, in form order (the keys of OpeningInput; the columns of our CSV). */
export const OPENING_FIELDS = [
  "roleSlug",
  "slug",
  "titleEn",
  "titleZh",
  "descriptionEn",
  "descriptionZh",
  "employerName",
  "employerUrl",
  "workplaceType",
  "locations",
  "remoteCountries",
  "employmentType",
  "experienceLevel",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "salaryMonths",
  "salaryText",
  "applyUrl",
  "datePosted",
  "validThrough",
  "timeZone",
  "externalId",
] as const;
export type OpeningField = (typeof OPENING_FIELDS)[number];

/** One place of work. `country` is an ISO 3166-1 alpha-2 code, uppercase. */
export interface OpeningLocation {
  city: string;
  country: string;
}

// C0/C1 control characters other than tab and newlines cannot be meant; NUL cannot be stored by Postgres.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]+/g;
const chars = (s: string) => [...s].length;
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
/** An offending value quoted in a message: at most 40 code points. */
const quote = (s: string) => (chars(s) > 40 ? `${[...s].slice(0, 39).join("")}…` : s);

/*
 * Issues. Each refusal is an OpeningIssue with a code and what its message needs, so the admin form can show it in
 * the page's language (messages `admin.openingValidation.<code>`, see translateOpeningIssues); the English text
 * (englishOpeningIssueMessage) is the import report's and the API's.
 */

/** What can be wrong with one opening field; the messages are `admin.openingValidation.<code>`. */
export type OpeningIssueCode =
  | "notText"
  | "notList"
  | "tooLong"
  | "controlChar"
  | "misencoded"
  | "oneLine"
  | "required"
  | "roleSlugFormat"
  | "slugFormat"
  | "choice"
  | "titleRequired"
  | "url"
  | "urlCredentials"
  | "applyLink"
  | "locationFormat"
  | "cityRequired"
  | "cityTooLong"
  | "locationCountry"
  | "tooMany"
  | "locationRequired"
  | "countryCode"
  | "remoteOnly"
  | "amount"
  | "salaryOrder"
  | "currency"
  | "salaryIncomplete"
  | "salaryAmountMissing"
  | "months"
  | "monthsPeriod"
  | "date"
  | "dateRange"
  | "dateOrder"
  | "timeZone";

/**
 * One refusal of one field, with what its message needs: `max`/`min` (numbers: a character count, an entry
 * count, a month count), `index` (the 1-based entry of a list: which location), `found` (the offending value or
 * character, e.g. "U+0007", "XYZ"), `choices` (the accepted values), `from`/`to` (a date range).
 */
export interface OpeningIssue {
  code: OpeningIssueCode;
  field: OpeningField;
  max?: number;
  min?: number;
  index?: number;
  found?: string;
  choices?: string;
  from?: string;
  to?: string;
}

/** Every issue of a form, per field, in the order the checks found them. */
export type OpeningIssues = Partial<Record<OpeningField, OpeningIssue[]>>;

/** How the English messages name each field. */
const LABELS: Record<OpeningField, string> = {
  roleSlug: "Role",
  slug: "Slug",
  titleEn: "English title",
  titleZh: "Chinese title",
  descriptionEn: "English description",
  descriptionZh: "Chinese description",
  employerName: "Employer",
  employerUrl: "Employer website",
  workplaceType: "Workplace type",
  locations: "Locations",
  remoteCountries: "Remote countries",
  employmentType: "Employment type",
  experienceLevel: "Experience level",
  salaryMin: "Minimum salary",
  salaryMax: "Maximum salary",
  salaryCurrency: "Salary currency",
  salaryPeriod: "Salary period",
  salaryMonths: "Months of pay",
  salaryText: "Salary as stated",
  applyUrl: "Apply link",
  datePosted: "Date posted",
  validThrough: "Valid through",
  timeZone: "Time zone",
  externalId: "External ID",
};

/**
 * The English message of an issue, as the import report and the API show it. Input: an OpeningIssue. Output: one
 * sentence without a final full stop, e.g. `Location 2 ("Berlin") must be "City, CC" …`. Pure.
 */
export function englishOpeningIssueMessage(issue: OpeningIssue): string {
  const label = LABELS[issue.field];
  // Numbers grouped as the UI messages' ICU {max, number} shows them in English ("20,000").
  const n = (x: number | undefined) => (x ?? 0).toLocaleString("en-US");
  const loc = `Location ${n(issue.index)} ("${issue.found}")`;
  switch (issue.code) {
    case "notText":
      return `${label} must be text`;
    case "notList":
      return `${label} must be text or a list`;
    case "tooLong":
      return `${label} must be at most ${n(issue.max)} characters`;
    case "controlChar":
      return `${label} must not contain control characters (found ${issue.found})`;
    case "misencoded":
      return `${label} must not contain control characters (found ${issue.found}) (this looks like mis-encoded text: re-save the file as UTF-8)`;
    case "oneLine":
      return `${label} must be one line`;
    case "required":
      return `${label} is required`;
    case "roleSlugFormat":
      return `Role must be a role's slug: lowercase letters a–z, digits and single hyphens (at most ${n(issue.max)})`;
    case "slugFormat":
      return `Slug must be lowercase letters a–z, digits and single hyphens (at most ${n(issue.max)}), or empty to generate one`;
    case "choice":
      return `${label} must be one of ${issue.choices}`;
    case "titleRequired":
      return "Give an English or a Chinese title (or both)";
    case "url":
      return `${label} must be an absolute web address starting with http:// or https://`;
    case "urlCredentials":
      return `${label} must not contain a user name or password`;
    case "applyLink":
      return "Apply link must be a web address starting with http:// or https://, or an email address";
    case "locationFormat":
      return `${loc} must be "City, CC": a city, a comma and a two-letter country code`;
    case "cityRequired":
      return `${loc} has no city`;
    case "cityTooLong":
      return `Location ${n(issue.index)}: the city must be at most ${n(issue.max)} characters`;
    case "locationCountry":
      return `${loc}: the country must be an ISO 3166-1 two-letter code such as CN, US or GB`;
    case "tooMany":
      return `${label}: at most ${n(issue.max)} entries`;
    case "locationRequired":
      return `Give at least one location ("City, CC") for an on-site or hybrid opening`;
    case "countryCode":
      return `Remote countries: "${issue.found}" is not an ISO 3166-1 two-letter country code`;
    case "remoteOnly":
      return "Remote countries apply only to remote or hybrid openings";
    case "amount":
      return `${label} must be a number from 0 to 1,000,000,000 (digits, optionally with thousands commas: 15000 or 15,000)`;
    case "salaryOrder":
      return "Minimum salary must not be greater than the maximum salary";
    case "currency":
      return `Salary currency: "${issue.found}" is not an ISO 4217 currency code such as CNY, USD or EUR`;
    case "salaryIncomplete":
      return `${label} is required when a salary amount is given`;
    case "salaryAmountMissing":
      return `${label} is given, but neither a minimum nor a maximum salary is`;
    case "months":
      return `Months of pay must be a whole number from ${n(issue.min)} to ${n(issue.max)}`;
    case "monthsPeriod":
      return 'Months of pay apply only to a monthly salary (period "month")';
    case "date":
      return `${label} must be a real date written YYYY-MM-DD`;
    case "dateRange":
      return `${label} must be between ${issue.from} and ${issue.to}`;
    case "dateOrder":
      return "Valid through must not be before the date posted";
    case "timeZone":
      return `Time zone must be an IANA zone name such as Asia/Shanghai or Europe/Berlin, or UTC; offsets like +08:00 and abbreviations like CST are not accepted (found "${issue.found}")`;
  }
}

/*
 * Field parsers. Each reads the raw value (unknown), reports issues through `bad`, and returns the field's output.
 * After an issue the parse fails as a whole; the value it returns then is `undefined`, which the cross-field
 * checks below read as "this field is invalid, say nothing more about it".
 */
type Report = (issue: Omit<OpeningIssue, "field">) => void;
type FieldParser<T> = (raw: unknown, bad: Report) => T;

function field<T>(name: OpeningField, parse: FieldParser<T>) {
  // `.default` makes a missing key run the parser too (with ""), instead of zod refusing it as undefined.
  return z.unknown().default("").transform((raw, ctx): T => {
    let failed = false;
    const bad: Report = (i) => {
      failed = true;
      const issue: OpeningIssue = { ...i, field: name };
      ctx.addIssue({ code: "custom", message: englishOpeningIssueMessage(issue), params: { openingIssue: issue } });
    };
    const out = parse(raw === undefined || raw === null ? "" : raw, bad);
    return (failed ? undefined : out) as T;
  });
}

/** NFC, newlines as \n, one-line tidying (see the header comment), trimmed. */
function tidy(s: string, multiline: boolean): string {
  const t = s.normalize("NFC").replace(/\r\n?/g, "\n");
  if (multiline) return t.trim();
  return t.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/** Checks shared by every text: control characters, one line, length in code points. */
function checkText(s: string, bad: Report, { max, multiline }: { max: number; multiline: boolean }): void {
  const c = s.match(CONTROL)?.[0];
  // U+0080–U+009F inside text is nearly always UTF-8 that was decoded as Latin-1 somewhere upstream.
  if (c !== undefined) bad({ code: /[\u0080-\u009F]/.test(c) ? "misencoded" : "controlChar", found: codePoint(c) });
  if (!multiline && /[\n\u2028\u2029]/.test(s)) bad({ code: "oneLine" });
  if (chars(s) > max) bad({ code: "tooLong", max });
}

/** A string field; `raw` must be a string. Very long input is refused before any work is done on it. */
function readString(raw: unknown, bad: Report, max: number): string | undefined {
  if (typeof raw !== "string") {
    bad({ code: "notText" });
    return undefined;
  }
  // A code point is at most 2 UTF-16 units; NFC grows text little. Anything 4× over cannot pass.
  if (raw.length > max * 4) {
    bad({ code: "tooLong", max });
    return undefined;
  }
  return raw;
}

const text = (max: number, multiline: boolean, required = false): FieldParser<string> =>
  (raw, bad) => {
    const s = readString(raw, bad, max);
    if (s === undefined) return "";
    const t = tidy(s, multiline);
    checkText(t, bad, { max, multiline });
    if (required && t === "") bad({ code: "required" });
    return t;
  };

const slug = (required: boolean): FieldParser<string> =>
  (raw, bad) => {
    const s = readString(raw, bad, SLUG_MAX);
    if (s === undefined) return "";
    const t = s.trim().toLowerCase();
    if (t === "") {
      if (required) bad({ code: "required" });
      return "";
    }
    if (!(chars(t) <= SLUG_MAX && SLUG_PATTERN.test(t))) bad({ code: required ? "roleSlugFormat" : "slugFormat", max: SLUG_MAX });
    return t;
  };

/** A choice, case-insensitive and trimmed; "" is refused as missing. */
function requiredChoice<T extends readonly string[]>(values: T): FieldParser<T[number]> {
  return (raw, bad) => {
    const t = optionalChoice(values)(raw, bad);
    if (t === null) bad({ code: "required" });
    return t as T[number];
  };
}

/** A choice, case-insensitive and trimmed; "" is null (not specified). */
function optionalChoice<T extends readonly string[]>(values: T): FieldParser<T[number] | null> {
  return (raw, bad) => {
    const s = readString(raw, bad, 40);
    if (s === undefined) return null;
    const t = s.trim().toLowerCase();
    if (t === "") return null;
    if (!(values as readonly string[]).includes(t)) bad({ code: "choice", choices: values.join(", ") });
    return t as T[number];
  };
}

/** An absolute http(s) URL with a host name, no credentials, no whitespace; stored as the parser's href. */
function webAddress(s: string, bad: Report, issueCode: "url" | "applyLink"): string {
  if (!/^https?:\/\//i.test(s) || /\s/.test(s)) {
    bad({ code: issueCode });
    return s;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    bad({ code: issueCode });
    return s;
  }
  // A bare "https://careers" is a typo, not a public page; IPv6 literals are written in brackets.
  if (!(url.protocol === "http:" || url.protocol === "https:") || !(url.hostname.includes(".") || url.hostname.startsWith("["))) {
    bad({ code: issueCode });
    return s;
  }
  if (url.username || url.password) bad({ code: "urlCredentials" });
  if (chars(url.href) > URL_MAX) bad({ code: "tooLong", max: URL_MAX });
  return url.href;
}

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

const employerUrl: FieldParser<string> = (raw, bad) => {
  const s = readString(raw, bad, URL_MAX);
  if (s === undefined) return "";
  const t = s.trim();
  return t === "" ? "" : webAddress(t, bad, "url");
};

/** An http(s) address, or an email address (bare or mailto:), stored as "mailto:addr". */
const applyUrl: FieldParser<string> = (raw, bad) => {
  const s = readString(raw, bad, URL_MAX);
  if (s === undefined) return "";
  const t = s.trim();
  if (t === "") {
    bad({ code: "required" });
    return "";
  }
  const mail = /^mailto:(.*)$/i.exec(t)?.[1] ?? (!t.includes(":") && !t.includes("/") ? t : null);
  if (mail !== null) {
    if (!EMAIL.test(mail) || mail.length > 254) bad({ code: "applyLink" });
    return `mailto:${mail}`;
  }
  return webAddress(t, bad, "applyLink");
};

/** Locations: "City, CC" entries separated by ";" or newlines (full-width ；，accepted), or a JSON array. */
const locations: FieldParser<OpeningLocation[]> = (raw, bad) => {
  let entries: unknown[];
  if (typeof raw === "string") {
    if (raw.length > 50_000) {
      bad({ code: "tooLong", max: 50_000 });
      return [];
    }
    entries = raw.split(/[;\n\r；]/);
  } else if (Array.isArray(raw)) {
    entries = raw;
  } else {
    bad({ code: "notList" });
    return [];
  }
  const out: OpeningLocation[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const entry of entries) {
    let city: string;
    let country: string;
    let shown: string;
    if (typeof entry === "string") {
      const e = entry.trim();
      if (e === "") continue;
      index++;
      shown = quote(tidy(e.slice(0, 1000), false));
      const at = Math.max(e.lastIndexOf(","), e.lastIndexOf("，"));
      if (at < 0) {
        bad({ code: "locationFormat", index, found: shown });
        continue;
      }
      city = e.slice(0, at);
      country = e.slice(at + 1);
    } else if (entry && typeof entry === "object" && typeof (entry as OpeningLocation).city === "string" && typeof (entry as OpeningLocation).country === "string") {
      index++;
      ({ city, country } = entry as OpeningLocation);
      shown = quote(tidy(`${city.slice(0, 1000)}, ${country.slice(0, 10)}`, false));
    } else {
      index++;
      bad({ code: "locationFormat", index, found: quote(String(JSON.stringify(entry) ?? "")) });
      continue;
    }
    const c = tidy(city.length > CITY_MAX * 4 ? city.slice(0, CITY_MAX * 4 + 1) : city, false);
    const cc = country.trim().toUpperCase();
    if (c === "") bad({ code: "cityRequired", index, found: shown });
    else if (city.length > CITY_MAX * 4 || chars(c) > CITY_MAX) bad({ code: "cityTooLong", index, max: CITY_MAX });
    const ctl = c.match(CONTROL)?.[0];
    if (ctl !== undefined) bad({ code: /[\u0080-\u009F]/.test(ctl) ? "misencoded" : "controlChar", found: codePoint(ctl) });
    if (!isCountryCode(cc)) bad({ code: "locationCountry", index, found: shown });
    const key = `${c.toLowerCase()}\u0000${cc}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ city: c, country: cc });
    }
  }
  if (out.length > LOCATIONS_MAX) bad({ code: "tooMany", max: LOCATIONS_MAX });
  return out;
};

/** Remote countries: codes separated by spaces, commas or ";" (or a JSON array); duplicates dropped. */
const remoteCountries: FieldParser<string[]> = (raw, bad) => {
  let codes: unknown[];
  if (typeof raw === "string") {
    if (raw.length > 5_000) {
      bad({ code: "tooLong", max: 5_000 });
      return [];
    }
    codes = raw.split(/[\s,;，；]+/);
  } else if (Array.isArray(raw)) {
    codes = raw;
  } else {
    bad({ code: "notList" });
    return [];
  }
  const out: string[] = [];
  for (const code of codes) {
    if (typeof code !== "string") {
      bad({ code: "countryCode", found: quote(String(JSON.stringify(code) ?? "")) });
      continue;
    }
    const cc = code.trim().toUpperCase();
    if (cc === "") continue;
    if (!isCountryCode(cc)) bad({ code: "countryCode", found: quote(tidy(cc.slice(0, 100), false)) });
    else if (!out.includes(cc)) out.push(cc);
  }
  return out;
};

const PLAIN_NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** A salary amount: a number, or digits with optional thousands commas and decimals; "" is null. */
const amount: FieldParser<number | null> = (raw, bad) => {
  let n: number;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string") {
    const t = raw.trim();
    if (t === "") return null;
    if (t.length > 40 || !PLAIN_NUMBER.test(t)) {
      bad({ code: "amount" });
      return null;
    }
    n = Number(t.replace(/,/g, ""));
  } else {
    bad({ code: "amount" });
    return null;
  }
  if (!Number.isFinite(n) || n < 0 || n > SALARY_AMOUNT_MAX) bad({ code: "amount" });
  return n;
};

const salaryMonths: FieldParser<number | null> = (raw, bad) => {
  const t = typeof raw === "string" ? raw.trim() : raw;
  if (t === "") return null;
  const n = typeof t === "number" ? t : typeof t === "string" && /^\d{1,3}$/.test(t) ? Number(t) : NaN;
  if (!Number.isInteger(n) || n < SALARY_MONTHS_MIN || n > SALARY_MONTHS_MAX) bad({ code: "months", min: SALARY_MONTHS_MIN, max: SALARY_MONTHS_MAX });
  return n;
};

let currencies: Set<string> | null = null;
/** ISO 4217 codes the runtime knows (Intl.supportedValuesOf("currency"), about 160 in current ICU). */
function isCurrency(code: string): boolean {
  if (!currencies) {
    try {
      currencies = new Set(Intl.supportedValuesOf("currency"));
    } catch {
      currencies = new Set();
    }
  }
  // A runtime without the list accepts any three letters rather than refusing every salary.
  return currencies.size === 0 ? /^[A-Z]{3}$/.test(code) : currencies.has(code);
}

const currency: FieldParser<string | null> = (raw, bad) => {
  const s = readString(raw, bad, 10);
  if (s === undefined) return null;
  const t = s.trim().toUpperCase();
  if (t === "") return null;
  if (!/^[A-Z]{3}$/.test(t) || !isCurrency(t)) bad({ code: "currency", found: quote(tidy(t, false)) });
  return t;
};

const date = (required: boolean): FieldParser<string | null> =>
  (raw, bad) => {
    const s = readString(raw, bad, 10);
    if (s === undefined) return null;
    const t = s.trim();
    if (t === "") {
      if (required) bad({ code: "required" });
      return null;
    }
    if (!isCalendarDate(t)) bad({ code: "date" });
    else if (!inDateRange(t)) bad({ code: "dateRange", from: DATE_MIN, to: DATE_MAX });
    return t;
  };

const timeZone: FieldParser<string> = (raw, bad) => {
  const s = readString(raw, bad, 64);
  if (s === undefined) return DEFAULT_TIME_ZONE;
  const t = s.trim();
  if (t === "") return DEFAULT_TIME_ZONE;
  const zone = normalizeTimeZone(t);
  if (zone === null) bad({ code: "timeZone", found: quote(tidy(t, false)) });
  return zone ?? t;
};

const externalId: FieldParser<string | null> = (raw, bad) => {
  const t = text(EXTERNAL_ID_MAX, false)(typeof raw === "number" ? String(raw) : raw, bad);
  return t === "" ? null : t;
};

const fields = z.object({
  roleSlug: field("roleSlug", slug(true)),
  /** Empty = generated from the title (on create) or unchanged (on edit). */
  slug: field("slug", slug(false)),
  titleEn: field("titleEn", text(TITLE_MAX, false)),
  titleZh: field("titleZh", text(TITLE_MAX, false)),
  descriptionEn: field("descriptionEn", text(DESCRIPTION_MAX, true)),
  descriptionZh: field("descriptionZh", text(DESCRIPTION_MAX, true)),
  employerName: field("employerName", text(EMPLOYER_MAX, false, true)),
  employerUrl: field("employerUrl", employerUrl),
  workplaceType: field("workplaceType", requiredChoice(WORKPLACE_TYPES)),
  locations: field("locations", locations),
  /** Empty = anywhere (for remote and hybrid openings). */
  remoteCountries: field("remoteCountries", remoteCountries),
  employmentType: field("employmentType", requiredChoice(EMPLOYMENT_TYPES)),
  /** null = not specified. */
  experienceLevel: field("experienceLevel", optionalChoice(EXPERIENCE_LEVELS)),
  /** In the currency's major unit, per salaryPeriod. */
  salaryMin: field("salaryMin", amount),
  salaryMax: field("salaryMax", amount),
  salaryCurrency: field("salaryCurrency", currency),
  salaryPeriod: field("salaryPeriod", optionalChoice(SALARY_PERIODS)),
  /** Months of pay per year, for a monthly salary ("14薪"); null = 12 / not stated. */
  salaryMonths: field("salaryMonths", salaryMonths),
  /** The salary as the employer states it ("15k-30k·14薪"); shown as is, never parsed. */
  salaryText: field("salaryText", text(SALARY_TEXT_MAX, false)),
  /** http(s) URL, or "mailto:addr". */
  applyUrl: field("applyUrl", applyUrl),
  datePosted: field("datePosted", date(true) as FieldParser<string>),
  /** Last day listed (in timeZone); null = the server's default. */
  validThrough: field("validThrough", date(false)),
  timeZone: field("timeZone", timeZone),
  /** The ATS's id ("greenhouse:4012345"): a re-import updates the opening with the same id. */
  externalId: field("externalId", externalId),
});

type Fields = z.output<typeof fields>;

/** A cross-field issue on `field`. */
function addCross(ctx: z.RefinementCtx, issue: OpeningIssue) {
  ctx.addIssue({ code: "custom", path: [issue.field], message: englishOpeningIssueMessage(issue), params: { openingIssue: issue } });
}

/*
 * Rules across fields. A field that failed its own check is undefined here (see `field`); each rule needs the
 * fields it reads to be valid, so one mistake gives one message.
 */
function crossChecks(v: Fields, ctx: z.RefinementCtx) {
  if (v.titleEn === "" && v.titleZh === "") {
    for (const f of ["titleEn", "titleZh"] as const) addCross(ctx, { code: "titleRequired", field: f });
  }
  if ((v.workplaceType === "on-site" || v.workplaceType === "hybrid") && v.locations?.length === 0) {
    addCross(ctx, { code: "locationRequired", field: "locations" });
  }
  if (v.workplaceType === "on-site" && v.remoteCountries?.length) addCross(ctx, { code: "remoteOnly", field: "remoteCountries" });

  const amountsValid = v.salaryMin !== undefined && v.salaryMax !== undefined;
  const hasAmount = v.salaryMin !== null || v.salaryMax !== null;
  if (amountsValid && hasAmount) {
    if (v.salaryCurrency === null) addCross(ctx, { code: "salaryIncomplete", field: "salaryCurrency" });
    if (v.salaryPeriod === null) addCross(ctx, { code: "salaryIncomplete", field: "salaryPeriod" });
  }
  if (amountsValid && !hasAmount) {
    if (v.salaryCurrency) addCross(ctx, { code: "salaryAmountMissing", field: "salaryCurrency" });
    if (v.salaryPeriod) addCross(ctx, { code: "salaryAmountMissing", field: "salaryPeriod" });
  }
  if (typeof v.salaryMin === "number" && typeof v.salaryMax === "number" && v.salaryMin > v.salaryMax) {
    addCross(ctx, { code: "salaryOrder", field: "salaryMax" });
  }
  if (typeof v.salaryMonths === "number" && v.salaryPeriod !== undefined && v.salaryPeriod !== "month") {
    addCross(ctx, { code: "monthsPeriod", field: "salaryMonths" });
  }
  if (v.datePosted && v.validThrough && v.validThrough < v.datePosted) addCross(ctx, { code: "dateOrder", field: "validThrough" });
}

/**
 * The opening schema: flat input (see the header comment) → OpeningInput. Issues carry an OpeningIssue in
 * `params.openingIssue`; use parseOpeningForm rather than safeParse directly to get them per field.
 */
export const openingFormSchema = fields.superRefine(crossChecks, {
  // Cross-field rules run even when a field failed, so the form shows every problem at once.
  when: (payload) => typeof payload.value === "object" && payload.value !== null,
});

/** A valid opening as the server stores it (fields in OPENING_FIELDS order). */
export type OpeningInput = z.output<typeof openingFormSchema>;
// OPENING_FIELDS must name exactly the schema's fields: this line stops compiling when they differ.
const SAME_FIELDS: [OpeningField, keyof OpeningInput] extends [keyof OpeningInput, OpeningField] ? true : never = true;
void SAME_FIELDS;

/** Form values as typed (strings), for keeping the user's input after a failed save. */
export type OpeningFormValues = Record<OpeningField, string>;

/** A JSON list value as its flat form: locations one "City, CC" per line, remote countries space-separated. */
function flatList(f: OpeningField, list: unknown[]): string {
  const items = list.map((x) =>
    x && typeof x === "object" && "city" in x && "country" in x ? `${String((x as OpeningLocation).city)}, ${String((x as OpeningLocation).country)}` : String(x ?? ""),
  );
  return items.join(f === "locations" ? "\n" : " ");
}

/**
 * The opening fields of a FormData or a plain record as flat strings. Input: FormData (an admin form) or a
 * record (an import row, a JSON body). Output: every OPENING_FIELDS key; absent, null and undefined fields are "",
 * numbers and booleans their String(), arrays their flat form (locations one "City, CC" per line, remote
 * countries separated by spaces). Other objects become "" (an importer that wants them refused must check the
 * types first, as import-formats.ts does). Pure.
 */
export function openingFormValues(data: FormData | Record<string, unknown>): OpeningFormValues {
  const get = (k: string) => (data instanceof FormData ? data.get(k) : data[k]);
  const out = {} as OpeningFormValues;
  for (const f of OPENING_FIELDS) {
    const v = get(f);
    out[f] =
      typeof v === "string"
        ? v
        : typeof v === "number" || typeof v === "boolean" || typeof v === "bigint"
          ? String(v)
          : Array.isArray(v)
            ? flatList(f, v)
            : "";
  }
  return out;
}

/** Messages per field, ready to show (English from parseOpeningForm; the page's language from translateOpeningIssues). */
export type OpeningFieldErrors = Partial<Record<OpeningField, string[]>>;

/** The OpeningIssue a zod issue of openingFormSchema stands for (every issue the schema raises maps to one). */
function openingIssueOf(issue: z.core.$ZodIssue): OpeningIssue | null {
  const f = issue.path[0] as OpeningField;
  if (!OPENING_FIELDS.includes(f)) return null;
  const own = issue.code === "custom" ? (issue.params?.openingIssue as OpeningIssue | undefined) : undefined;
  return own ?? { code: "notText", field: f };
}

/**
 * Parses opening values: the browser form's, a server action's FormData via openingFormValues, an import row, an
 * API body. Output: the valid input, or per field both the English messages (`fieldErrors`, as the import report
 * and the API show them) and the issues behind them (`issues`, for translateOpeningIssues). A non-object input
 * is refused as a whole (`fieldErrors` then has every required field). Never throws.
 */
export function parseOpeningForm(
  values: Record<string, unknown>,
): { ok: true; input: OpeningInput } | { ok: false; fieldErrors: OpeningFieldErrors; issues: OpeningIssues } {
  const r = openingFormSchema.safeParse(values);
  if (r.success) return { ok: true, input: r.data };
  const issues: OpeningIssues = {};
  const fieldErrors: OpeningFieldErrors = {};
  for (const zi of r.error.issues) {
    const issue = openingIssueOf(zi);
    if (issue) {
      (issues[issue.field] ??= []).push(issue);
      (fieldErrors[issue.field] ??= []).push(englishOpeningIssueMessage(issue));
    }
  }
  if (Object.keys(issues).length === 0) return parseOpeningForm({});
  return { ok: false, fieldErrors, issues };
}

/**
 * next-intl's `t` for the "admin" namespace (useTranslations("admin") in the browser, getTranslations("admin") in
 * a server action), narrowed to the keys translateOpeningIssues uses.
 */
export type OpeningIssueTranslator = (
  key: `openingValidation.${OpeningIssueCode}`,
  values: { field: string; max: number; min: number; index: number; found: string; choices: string; from: string; to: string },
) => string;

/**
 * One issue as a message in the page's language: `admin.openingValidation.<code>` with its values and the field
 * named by `fieldName(field)`. Shared by the form (translateOpeningIssues) and the import report
 * (lib/transfer/reasons.ts). Pure.
 */
export function openingIssueMessage(i: OpeningIssue, t: OpeningIssueTranslator, fieldName: (field: OpeningField) => string): string {
  return t(`openingValidation.${i.code}`, {
    field: fieldName(i.field),
    max: i.max ?? 0,
    min: i.min ?? 0,
    index: i.index ?? 0,
    found: i.found ?? "",
    choices: i.choices ?? "",
    from: i.from ?? "",
    to: i.to ?? "",
  });
}

/**
 * Issues as messages in the page's language: `admin.openingValidation.<code>` with the field named by
 * `fieldName(field)` (the caller's `admin.openingFieldName.<field>`). Input: parseOpeningForm's `issues`. Output:
 * OpeningFieldErrors. Pure.
 */
export function translateOpeningIssues(
  issues: OpeningIssues,
  t: OpeningIssueTranslator,
  fieldName: (field: OpeningField) => string,
): OpeningFieldErrors {
  const out: OpeningFieldErrors = {};
  for (const [f, list] of Object.entries(issues) as [OpeningField, OpeningIssue[]][]) {
    out[f] = list.map((i) => openingIssueMessage(i, t, fieldName));
  }
  return out;
}

/** Yearly amounts, as the database compares salaries: one rule, in lib/openings/constants.ts (zod-free). */
export { DAYS_PER_YEAR, HOURS_PER_YEAR, yearlyAmount as annualize } from "../constants";
