import { UPLOAD_MAX_BYTES } from "@/lib/http/limits";
import { parse as parseCsv } from "csv-parse/sync";
import { CLEAR_COLUMN, clearedFieldNames } from "@/lib/transfer/blank-cells";
import { dateInZone } from "@/lib/openings/form/dates";
import {
  EMPLOYMENT_TYPES,
  type EmploymentType,
  OPENING_FIELDS,
  type OpeningField,
  type OpeningFormValues,
  type OpeningInput,
  parseOpeningForm,
  WORKPLACE_TYPES,
  type WorkplaceType,
} from "@/lib/openings/form/schema";
import { decodeEntities, htmlToText } from "@/lib/openings/import/html-text";
import { type Place, parsePlaces } from "@/lib/openings/form/places";
import { explainRoleMatch } from "@/lib/openings/import/role-rules";
import { type ImportReason, reason } from "@/lib/transfer/reasons";

/*
 * Readers for the files openings are imported from: our own CSV and JSON (columns = OPENING_FIELDS), and what
 * employers' ATSs publish: the Greenhouse Job Board API (`GET boards-api.greenhouse.io/v1/boards/<board>/jobs
 * ?content=true`) and the Lever Postings API (`GET api.lever.co/v0/postings/<site>?mode=json`). Every reader
 * produces the same thing: per row a label for the report, the flat values (strings keyed by OPENING_FIELDS) that
 * parseOpeningForm then judges, how the role was chosen, notes on how values were derived, and errors for rows
 * the reader itself must refuse. Pure: no database, no network; the importer (server) decides what to store.
 *
 * The role: our formats carry `roleSlug` per row. Greenhouse and Lever rows carry none, so the caller gives either
 * one role for the whole file (`roleSlug`) or asks for the title rules (`roleByTitle`, lib/openings/import/role-rules.ts),
 * never both. A row left without a role is refused (by the schema: "Role is required"), with the rules' reason.
 */

/** Largest file accepted (bytes of text). */
/** Largest import file accepted (bytes): the site's one upload limit (lib/http/limits.js). */
export const IMPORT_MAX_BYTES = UPLOAD_MAX_BYTES;
/** Most rows one file may carry. */
export const IMPORT_MAX_ROWS = 20_000;

export type ImportFormat = "csv" | "json" | "greenhouse" | "lever";

/**
 * Columns our export writes after OPENING_FIELDS (lib/openings/admin/transfer.ts). Reading our CSV/JSON keeps `version`
 * (a row exported at an older version is refused) and ignores the others without a warning, so an export imports
 * back as it is. `clear` (lib/transfer/blank-cells.ts) is read too.
 */
export const EXPORT_STATE_COLUMNS = ["status", "deleted", "version", "publishedAt", "createdAt", "updatedAt"] as const;
const KNOWN_EXTRA_COLUMNS: readonly string[] = [...EXPORT_STATE_COLUMNS, CLEAR_COLUMN];
export const IMPORT_FORMATS = ["csv", "json", "greenhouse", "lever"] as const satisfies readonly ImportFormat[];

/** Thrown when the file as a whole cannot be read (not the format, too big, no rows, no `jobs`). */
export class OpeningsFileError extends Error {}

export interface ReadOptions {
  /** The role of every row that has none (all Greenhouse and Lever rows; our rows with an empty roleSlug). */
  roleSlug?: string;
  /** Instead of `roleSlug`: each such row's role by the title rules (explainRoleMatch). */
  roleByTitle?: boolean;
  /** Greenhouse/Lever only, for what the ATS does not publish: the employer (Lever has none; Greenhouse only in newer responses). */
  employerName?: string;
  /** Greenhouse/Lever only: employment type when the posting states none. */
  employmentType?: EmploymentType;
  /** Greenhouse/Lever only: workplace type when the posting states none. */
  workplaceType?: WorkplaceType;
  /** Greenhouse/Lever only: the openings' time zone ("" = Asia/Shanghai); Lever's createdAt is dated in it. */
  timeZone?: string;
}

/** How a row got its role: its own column, the file's default, a title rule, or not at all. */
export interface RowRole {
  source: "row" | "file" | "title-rule" | "none";
  /** The rule id (title-rule, or the refusing rule behind "none"). */
  rule?: string | null;
  /** Why the row has no role (source "none"), in English. */
  reason?: string;
  /** The same, as a code for the report in the page's language. */
  why?: ImportReason;
}

/** One row as read: ready for parseOpeningForm (checkRow), with what the report needs. */
export interface OpeningRow {
  /** How the report names the row: `row 3 "Data Analyst"`, `Greenhouse job 4012345 "…"`, `Lever posting 5ac2… "…"`. */
  label: string;
  values: OpeningFormValues;
  role: RowRole;
  /** How values were derived from the source (not problems), e.g. `workplaceType "remote" from location "Remote - US"`. */
  notes: string[];
  /** Problems the reader found (englishImportReason gives the English); a row with any is refused whatever the schema says. */
  errors: ImportReason[];
  /** Our CSV/JSON only: the fields the row's `clear` cell names, to empty in an update (lib/transfer/blank-cells.ts). */
  clear?: string[];
  /** Our CSV/JSON only: the row's `version` cell (the version it was exported at), "" when it has none. */
  version?: string;
}

export interface OpeningsFile {
  format: ImportFormat;
  rows: OpeningRow[];
  /** How roles were chosen for rows without their own. */
  roleAssignment: "row" | "file" | "title-rules";
  /** File-level remarks (ignored columns, missing `content`), for the report. */
  warnings: string[];
}

/** Flat values with every OPENING_FIELDS key set to "", for readers to fill. Pure. */
export function blankValues(): OpeningFormValues {
  return Object.fromEntries(OPENING_FIELDS.map((f) => [f, ""])) as OpeningFormValues;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Whether a title is mostly Chinese (CJK), to file it as titleZh rather than titleEn: at least one CJK character,
 * and no fewer CJK characters than Latin words ("数据分析（ＣＲＭ）" yes, "BI 数据分析师 - Analyst" yes (5 ≥ 2),
 * "Senior Data Analyst" no, "Machine Learning Engineer, 北京" no). Input: text. Output: boolean. Pure.
 */
export function isMostlyCjk(s: string): boolean {
  const cjk = s.match(CJK)?.length ?? 0;
  const words = s.match(/[A-Za-z]+/g)?.length ?? 0;
  return cjk > 0 && cjk >= words;
}

/**
 * CSV text → records (column → string): the first line is the header (names trimmed), a UTF-8 BOM is skipped,
 * quoted fields may hold newlines and commas, empty lines are skipped. Input: the file's text. Output: the records.
 * Throws OpeningsFileError for malformed CSV (with csv-parse's line number), a file over IMPORT_MAX_BYTES, or
 * more than IMPORT_MAX_ROWS rows. Used for our CSV and for the sample files (scripts/openings-import-check.ts).
 */
export function parseCsvRecords(text: string): Record<string, string>[] {
  if (text.length > IMPORT_MAX_BYTES) throw new OpeningsFileError(`The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, relax_quotes: false });
  } catch (err) {
    throw new OpeningsFileError(`This is not valid CSV: ${(err as Error).message}`);
  }
  if (records.length > IMPORT_MAX_ROWS) throw new OpeningsFileError(`The file has more than ${IMPORT_MAX_ROWS} rows`);
  return records;
}

function parseJson(text: string): unknown {
  if (text.length > IMPORT_MAX_BYTES) throw new OpeningsFileError(`The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new OpeningsFileError(`This is not valid JSON: ${(err as Error).message}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Which format a file is in, from its content (and name). JSON (the name ends in .json, or the text starts with
 * "{" or "["): an object with a `jobs` array is Greenhouse; an array whose first objects have `hostedUrl` or
 * `createdAt` is Lever; any other JSON is ours. Anything else is our CSV. Input: the file's text and optionally its
 * name. Output: the format; never throws (a file that then fails to parse is reported by readOpeningsFile).
 */
export function detectFormat(text: string, filename = ""): ImportFormat {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  const looksJson = /\.json$/i.test(filename) || head.startsWith("{") || head.startsWith("[");
  if (!looksJson) return "csv";
  let data: unknown;
  try {
    data = JSON.parse(head);
  } catch {
    return "json";
  }
  if (isObject(data) && Array.isArray(data.jobs)) return "greenhouse";
  if (Array.isArray(data)) {
    const sample = data.slice(0, 5).filter(isObject);
    if (sample.length && sample.some((p) => "hostedUrl" in p || ("createdAt" in p && "text" in p))) return "lever";
  }
  return "json";
}

const NUMERIC_FIELDS = new Set<OpeningField>(["salaryMin", "salaryMax", "salaryMonths", "externalId"]);
const LIST_FIELDS = new Set<OpeningField>(["locations", "remoteCountries"]);

/** One of our JSON records as flat values; a value of the wrong JSON type is an error, not silently "". */
function ourJsonRow(record: unknown, i: number): Omit<OpeningRow, "role"> {
  const values = blankValues();
  const errors: ImportReason[] = [];
  if (!isObject(record)) return { label: `row ${i + 1}`, values, notes: [], errors: [reason("notObject", { kind: "row" })] };
  const version = typeof record.version === "number" || typeof record.version === "string" ? String(record.version) : "";
  for (const f of OPENING_FIELDS) {
    const v = record[f];
    if (v === undefined || v === null) continue;
    if (typeof v === "string") values[f] = v;
    else if (typeof v === "number" && NUMERIC_FIELDS.has(f)) values[f] = Number.isFinite(v) ? String(v) : "NaN";
    else if (Array.isArray(v) && LIST_FIELDS.has(f)) {
      const items = v.map((x) => (isObject(x) && typeof x.city === "string" && typeof x.country === "string" ? `${x.city}, ${x.country}` : typeof x === "string" ? x : null));
      if (items.some((x) => x === null)) errors.push(reason("entryFormat", { field: f }));
      else values[f] = items.join(f === "locations" ? "\n" : " ");
    } else errors.push(reason("cellType", { field: f, kind: NUMERIC_FIELDS.has(f) ? "number" : LIST_FIELDS.has(f) ? "list" : "text" }));
  }
  return { label: rowLabel(`row ${i + 1}`, values), values, notes: [], errors, clear: clearedFieldNames(record), version };
}

const rowLabel = (prefix: string, v: OpeningFormValues) => {
  const title = (v.titleEn || v.titleZh).replace(/[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, "").replace(/\s+/g, " ").trim();
  return title ? `${prefix} "${[...title].slice(0, 60).join("")}"` : prefix;
};

/**
 * Our employment type for one as ATSs and job sites write it: "Full-time"/"Permanent"/"全职" → full-time,
 * "Part time"/"兼职" → part-time, "Intern"/"实习" → internship, "Contract"/"Contractor"/"Freelance" → contract,
 * "Temporary"/"Fixed-term"/"Seasonal" → temporary. Input: the source's text. Output: the type, or null when it
 * names none of ours ("Other", "Volunteer"). Pure.
 */
export function employmentTypeFrom(s: string): EmploymentType | null {
  const t = s.toLowerCase();
  if (/full.?time|permanent|regular|全职/.test(t)) return "full-time";
  if (/part.?time|兼职/.test(t)) return "part-time";
  if (/intern|实习/.test(t)) return "internship";
  if (/contract|freelance|外包|合同/.test(t)) return "contract";
  if (/temp|fixed.?term|seasonal|临时/.test(t)) return "temporary";
  return null;
}

/** The YYYY-MM-DD at the start of an ISO 8601 timestamp ("2024-05-01T12:00:00-04:00" → "2024-05-01": its own offset's date). */
const datePart = (s: unknown) => (typeof s === "string" && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : "");

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/**
 * Places → locations / remoteCountries / workplaceType evidence. Cities become "City, CC" lines; a place we
 * cannot place (or a bare country for a non-remote opening) is kept as written, so the schema refuses it by name.
 */
function applyPlaces(values: OpeningFormValues, notes: string[], places: Place[], workplace: WorkplaceType | "") {
  const lines: string[] = [];
  const remote: string[] = [];
  for (const p of places) {
    if (p.kind === "city") {
      lines.push(`${p.city}, ${p.country}`);
      if (p.note) notes.push(`location: ${p.note}`);
    } else if (p.kind === "remote") {
      if (p.country) remote.push(p.country);
      if (p.note) notes.push(`location: ${p.note}`);
    } else if (p.kind === "country") {
      if (workplace === "remote" || workplace === "hybrid") remote.push(p.country);
      else {
        lines.push(p.country);
        notes.push(`location: only a country (${p.country}) is given, no city`);
      }
    } else {
      lines.push(p.text);
      notes.push(`location: ${p.reason}`);
    }
  }
  values.locations = lines.join("\n");
  values.remoteCountries = [...new Set(remote)].join(" ");
}

const metadataValue = (job: Record<string, unknown>, name: RegExp): string => {
  const list = Array.isArray(job.metadata) ? job.metadata : [];
  for (const m of list) {
    if (isObject(m) && typeof m.name === "string" && name.test(m.name)) {
      const v = Array.isArray(m.value) ? m.value.join(" ") : str(m.value);
      if (v) return v;
    }
  }
  return "";
};

const workplaceFrom = (s: string): WorkplaceType | null => {
  const t = s.toLowerCase();
  if (/hybrid|混合/.test(t)) return "hybrid";
  if (/remote|远程/.test(t)) return "remote";
  if (/on-?site|in[- ]office|onsite|现场|坐班/.test(t)) return "on-site";
  return null;
};

/** Greenhouse escapes `content` once (&lt;p&gt;…); content with real tags and no escaped ones is taken as HTML. */
function greenhouseHtml(content: string): string {
  return /&lt;\/?[a-zA-Z!]/.test(content) || !/<[a-zA-Z]/.test(content) ? decodeEntities(content) : content;
}

function greenhouseRow(job: unknown, i: number, options: ReadOptions): Omit<OpeningRow, "role"> {
  const values = blankValues();
  const notes: string[] = [];
  const errors: ImportReason[] = [];
  if (!isObject(job)) return { label: `Greenhouse job #${i + 1}`, values, notes, errors: [reason("notObject", { kind: "job" })] };
  const title = str(job.title);
  const zh = isMostlyCjk(title);
  values[zh ? "titleZh" : "titleEn"] = title;
  if (typeof job.content === "string") values[zh ? "descriptionZh" : "descriptionEn"] = htmlToText(greenhouseHtml(job.content));

  const employer = str(job.company_name) || options.employerName || "";
  values.employerName = employer;
  if (!str(job.company_name) && options.employerName) notes.push("employerName from the import's employer (Greenhouse gives none)");

  const locationName = isObject(job.location) ? str(job.location.name) : "";
  const places = parsePlaces(locationName);
  const stated = workplaceFrom(metadataValue(job, /workplace|remote|location type|work type|office/i));
  const fromLocation = workplaceFrom(locationName);
  let workplace: WorkplaceType | "" = stated ?? fromLocation ?? options.workplaceType ?? "";
  if (stated) notes.push(`workplaceType "${stated}" from the job's metadata`);
  else if (fromLocation) notes.push(`workplaceType "${fromLocation}" from location "${locationName}"`);
  else if (options.workplaceType) notes.push(`workplaceType "${options.workplaceType}" from the import's default (the job states none)`);
  else if (places.some((p) => p.kind === "city")) {
    workplace = "on-site";
    notes.push(`workplaceType "on-site": location "${locationName}" names a place and says neither remote nor hybrid`);
  }
  values.workplaceType = workplace;
  applyPlaces(values, notes, places, workplace);

  const statedEmployment = metadataValue(job, /employment|job type|commitment|contract type|time type/i);
  const employment = (statedEmployment && employmentTypeFrom(statedEmployment)) || (/\bintern(ship)?\b|实习/i.test(title) ? "internship" : null) || options.employmentType || null;
  values.employmentType = employment ?? "";
  if (!employment) notes.push("employmentType: the job states none (give the import a default)");

  values.applyUrl = str(job.absolute_url);
  values.datePosted = datePart(job.first_published) || datePart(job.updated_at);
  if (!values.datePosted) notes.push("datePosted: neither first_published nor updated_at is an ISO date");
  values.timeZone = options.timeZone ?? "";
  if (job.id !== undefined && job.id !== null) values.externalId = `greenhouse:${str(job.id)}`;
  return { label: rowLabel(`Greenhouse job ${str(job.id) || `#${i + 1}`}`, values), values, notes, errors };
}

const LEVER_PERIOD: Record<string, "hour" | "day" | "month" | "year"> = {
  "per-hour-wage": "hour",
  "per-day-wage": "day",
  "per-month-salary": "month",
  "per-year-salary": "year",
};
const LEVER_WORKPLACE: Record<string, WorkplaceType> = { onsite: "on-site", "on-site": "on-site", remote: "remote", hybrid: "hybrid" };

function leverRow(p: unknown, i: number, options: ReadOptions): Omit<OpeningRow, "role"> {
  const values = blankValues();
  const notes: string[] = [];
  const errors: ImportReason[] = [];
  if (!isObject(p)) return { label: `Lever posting #${i + 1}`, values, notes, errors: [reason("notObject", { kind: "posting" })] };
  const title = str(p.text);
  const zh = isMostlyCjk(title);
  values[zh ? "titleZh" : "titleEn"] = title;

  const parts: string[] = [];
  const description = typeof p.description === "string" && p.description.trim() ? htmlToText(p.description) : str(p.descriptionPlain).trim();
  if (description) parts.push(description);
  for (const list of Array.isArray(p.lists) ? p.lists : []) {
    if (!isObject(list)) continue;
    const body = typeof list.content === "string" ? htmlToText(list.content) : "";
    const heading = str(list.text).trim();
    if (heading || body) parts.push([heading && `## ${heading.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)}`, body].filter(Boolean).join("\n\n"));
  }
  const additional = typeof p.additional === "string" && p.additional.trim() ? htmlToText(p.additional) : str(p.additionalPlain).trim();
  if (additional) parts.push(additional);
  values[zh ? "descriptionZh" : "descriptionEn"] = parts.join("\n\n");

  values.employerName = options.employerName ?? "";
  const c = isObject(p.categories) ? p.categories : {};
  const names = Array.isArray(c.allLocations) && c.allLocations.length ? c.allLocations.map(str) : [str(c.location)];
  const places = names.flatMap((n) => parsePlaces(n, typeof p.country === "string" ? p.country.toUpperCase() : null));
  const stated = LEVER_WORKPLACE[str(p.workplaceType).toLowerCase()];
  const fromLocation = workplaceFrom(names.join(" "));
  const workplace = stated ?? fromLocation ?? options.workplaceType ?? "";
  if (!stated && fromLocation) notes.push(`workplaceType "${fromLocation}" from location "${names.join("; ")}"`);
  else if (!stated && options.workplaceType) notes.push(`workplaceType "${options.workplaceType}" from the import's default (the posting says "${str(p.workplaceType) || "nothing"}")`);
  else if (!stated) notes.push(`workplaceType: the posting says "${str(p.workplaceType) || "nothing"}" (give the import a default)`);
  values.workplaceType = workplace;
  applyPlaces(values, notes, places, workplace);

  const commitment = str(c.commitment);
  const employment = employmentTypeFrom(commitment) ?? options.employmentType ?? null;
  values.employmentType = employment ?? "";
  if (!employmentTypeFrom(commitment)) notes.push(`employmentType: commitment "${commitment}" is none we know${employment ? `; the import's default "${employment}" used` : ""}`);

  const s = isObject(p.salaryRange) ? p.salaryRange : null;
  if (s) {
    const period = LEVER_PERIOD[str(s.interval)];
    if (period) {
      values.salaryMin = str(s.min);
      values.salaryMax = str(s.max);
      values.salaryCurrency = str(s.currency);
      values.salaryPeriod = period;
    } else notes.push(`salary: interval "${str(s.interval)}" has no period of ours (hour, day, month, year); amounts not imported`);
  }
  const statedSalary = str(p.salaryDescriptionPlain).trim();
  if (statedSalary && !/\n/.test(statedSalary) && [...statedSalary].length <= 100) values.salaryText = statedSalary;
  else if (statedSalary) notes.push("salary: salaryDescriptionPlain is longer than one 100-character line; not imported");

  values.applyUrl = str(p.applyUrl) || str(p.hostedUrl);
  values.timeZone = options.timeZone ?? "";
  if (typeof p.createdAt === "number") {
    try {
      values.datePosted = dateInZone(p.createdAt, values.timeZone);
    } catch {
      errors.push(reason("createdAtRange"));
    }
  } else if (p.createdAt !== undefined && p.createdAt !== null) {
    errors.push(reason("createdAtType", { found: JSON.stringify(p.createdAt).slice(0, 40) }));
  }
  if (p.id !== undefined && p.id !== null) values.externalId = `lever:${str(p.id)}`;
  return { label: rowLabel(`Lever posting ${str(p.id) || `#${i + 1}`}`, values), values, notes, errors };
}

/**
 * The role of a row: its own roleSlug, else the file's (`options.roleSlug`), else the title rules
 * (`options.roleByTitle`), else none, with the reason. Input: a row as read (roleSlug possibly "") and the read
 * options. Output: the row with `values.roleSlug` and `role` set. Pure.
 */
export function assignRole(row: Omit<OpeningRow, "role">, options: ReadOptions): OpeningRow {
  if (row.values.roleSlug.trim()) return { ...row, role: { source: "row" } };
  if (options.roleSlug) return { ...row, values: { ...row.values, roleSlug: options.roleSlug }, role: { source: "file" } };
  if (options.roleByTitle) {
    const title = row.values.titleEn || row.values.titleZh;
    const m = explainRoleMatch(title);
    if ("roleSlug" in m) return { ...row, values: { ...row.values, roleSlug: m.roleSlug }, role: { source: "title-rule", rule: m.rule } };
    const why = m.rule ? reason("ruleRefuses", { rule: m.rule, why: m.unmapped }) : reason(m.unmapped === "the title is empty" ? "titleEmpty" : "noRuleMatches");
    return { ...row, role: { source: "none", rule: m.rule, reason: `no role for this title: ${m.unmapped}`, why } };
  }
  return { ...row, role: { source: "none", reason: "the row has no roleSlug and the import names no role", why: reason("noRoleGiven") } };
}

/**
 * Reads an import file in the given format. Input: the file's text, the format (see detectFormat), options (role
 * choice; defaults for what ATSs do not publish). Output: the rows (each with label, flat values, role, notes,
 * errors) and file-level warnings. Throws OpeningsFileError when the file as a whole is unreadable: invalid CSV or
 * JSON, too big, more than IMPORT_MAX_ROWS rows, no rows, a Greenhouse file without a `jobs` array, a Lever file
 * that is not an array, or both `roleSlug` and `roleByTitle` given.
 */
export function readOpeningsFile(text: string, format: ImportFormat, options: ReadOptions = {}): OpeningsFile {
  if (options.roleSlug && options.roleByTitle) throw new OpeningsFileError("Give one role for the file or ask for the title rules, not both");
  if (options.employmentType && !EMPLOYMENT_TYPES.includes(options.employmentType)) throw new OpeningsFileError(`Unknown employment type "${options.employmentType}"`);
  if (options.workplaceType && !WORKPLACE_TYPES.includes(options.workplaceType)) throw new OpeningsFileError(`Unknown workplace type "${options.workplaceType}"`);
  const warnings: string[] = [];
  let rows: Omit<OpeningRow, "role">[];
  if (format === "csv") {
    const records = parseCsvRecords(text);
    const header = records[0] ? Object.keys(records[0]) : [];
    if (header.length && !header.some((h) => (OPENING_FIELDS as readonly string[]).includes(h))) {
      throw new OpeningsFileError(`The CSV header has none of the opening columns (${OPENING_FIELDS.join(", ")})`);
    }
    const unknown = header.filter((h) => !(OPENING_FIELDS as readonly string[]).includes(h) && !KNOWN_EXTRA_COLUMNS.includes(h));
    if (unknown.length) warnings.push(`ignored columns: ${unknown.join(", ")}`);
    rows = records.map((r, i) => {
      const values = blankValues();
      for (const f of OPENING_FIELDS) values[f] = r[f] ?? "";
      // The header is line 1 and quoted fields may span lines, so "row" counts records, not lines.
      return { label: rowLabel(`row ${i + 1}`, values), values, notes: [], errors: [], clear: clearedFieldNames(r), version: r.version ?? "" };
    });
  } else {
    const data = parseJson(text);
    if (format === "json") {
      const list = Array.isArray(data) ? data : isObject(data) ? data.openings : undefined;
      if (!Array.isArray(list)) throw new OpeningsFileError('JSON must be an array of openings or { "openings": [...] }');
      rows = list.slice(0, IMPORT_MAX_ROWS + 1).map(ourJsonRow);
    } else if (format === "greenhouse") {
      if (!isObject(data) || !Array.isArray(data.jobs)) throw new OpeningsFileError("Greenhouse file has no `jobs` array");
      const jobs = data.jobs as unknown[];
      if (jobs.length && !jobs.some((j) => isObject(j) && typeof j.content === "string")) {
        warnings.push("no job has `content`: descriptions are empty (fetch the board with ?content=true)");
      }
      rows = jobs.slice(0, IMPORT_MAX_ROWS + 1).map((j, i) => greenhouseRow(j, i, options));
    } else {
      if (!Array.isArray(data)) throw new OpeningsFileError("Lever file must be a JSON array of postings (the Postings API with mode=json, without group=)");
      rows = data.slice(0, IMPORT_MAX_ROWS + 1).map((p, i) => leverRow(p, i, options));
    }
  }
  if (rows.length === 0) throw new OpeningsFileError("The file has no rows");
  if (rows.length > IMPORT_MAX_ROWS) throw new OpeningsFileError(`The file has more than ${IMPORT_MAX_ROWS} rows`);
  return {
    format,
    rows: rows.map((r) => assignRole(r, options)),
    roleAssignment: options.roleSlug ? "file" : options.roleByTitle ? "title-rules" : "row",
    warnings,
  };
}

/**
 * A row judged: parseOpeningForm over its values, plus the reader's errors and the role reason. Input: an
 * OpeningRow. Output: { ok: true, input } or { ok: false, reasons } with reasons as "field: message" lines (reader
 * errors first, then the role reason, then the schema's messages; the schema's "Role is required" is left out when
 * the role reason explains it). Pure.
 */
export function checkRow(row: OpeningRow): { ok: true; input: OpeningInput } | { ok: false; reasons: ImportReason[] } {
  const parsed = parseOpeningForm(row.values);
  const reasons = [...row.errors];
  if (row.role.source === "none" && row.role.why) reasons.push(row.role.why);
  if (!parsed.ok) {
    for (const list of Object.values(parsed.issues)) {
      for (const issue of list ?? []) {
        if (!(issue.field === "roleSlug" && issue.code === "required" && row.role.source === "none")) reasons.push({ code: "openingField", issue });
      }
    }
  }
  return parsed.ok && reasons.length === 0 ? { ok: true, input: parsed.input } : { ok: false, reasons };
}

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The keys under which two openings count as the same posting: `id:<externalId>` when it has one, and always
 * `content:<title|employer|locations|datePosted>` with titles (both languages), employer and cities folded (NFKC,
 * lowercase, punctuation and invisible characters dropped) and the locations sorted. Two rows sharing any key are
 * duplicates (a re-posted job with a new ATS id is caught by content; a re-titled job with the same id by id).
 * Input: a parsed opening. Output: one or two keys. Pure.
 */
export function duplicateKeys(input: Pick<OpeningInput, "externalId" | "titleEn" | "titleZh" | "employerName" | "locations" | "datePosted">): string[] {
  const places = input.locations.map((l) => `${fold(l.city)},${l.country}`).sort().join(";");
  const keys = [`content:${[fold(input.titleEn), fold(input.titleZh), fold(input.employerName), places, input.datePosted].join("|")}`];
  if (input.externalId) keys.unshift(`id:${input.externalId}`);
  return keys;
}

/**
 * The later rows of `items` that duplicate an earlier one (see duplicateKeys), each with the earlier row's label
 * and the kind of key that matched. Input: parsed rows with their labels, in file order. Output: one entry per
 * duplicate row. Pure.
 */
export function findDuplicates(items: { label: string; input: OpeningInput }[]): { label: string; duplicateOf: string; by: "externalId" | "content" }[] {
  const first = new Map<string, string>();
  const out: { label: string; duplicateOf: string; by: "externalId" | "content" }[] = [];
  for (const { label, input } of items) {
    const keys = duplicateKeys(input);
    const hit = keys.find((k) => first.has(k));
    if (hit) out.push({ label, duplicateOf: first.get(hit)!, by: hit.startsWith("id:") ? "externalId" : "content" });
    for (const k of keys) if (!first.has(k)) first.set(k, label);
  }
  return out;
}
