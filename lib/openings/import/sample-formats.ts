import type { ExperienceLevel, OpeningFormValues, WorkplaceType } from "@/lib/openings/form/schema";
import { decodeEntities } from "@/lib/openings/import/html-text";
import { blankValues, employmentTypeFrom, isMostlyCjk } from "@/lib/openings/import/formats";
import { parsePlaces } from "@/lib/openings/form/places";

/*
 * Mappers for two public sample files of real postings, used to measure the importer on real text
 * (scripts/openings-import-check.ts). The files are not ours to publish and are never committed; tests use small
 * synthetic look-alikes (tests/fixtures/openings/).
 *
 * - LinkedIn 2024 AI/ML postings (../shared/data/ai_ml_jobs_linkedin_2024.csv): title, location, publishedAt,
 *   companyName, description, applicationsCount, contractType, experienceLevel, workType, sector.
 * - Lagou 2019 data-analyst postings (../shared/data/extra/lagou_data_analyst_zh.csv): positionName, salary
 *   ("15k-30k"), workYear ("3-5年"), education, jobNature, city, companyFullName, district, latitude, longitude…
 *
 * Neither has an apply link, and Lagou has no dates. The mappers leave what the source lacks blank, so the schema
 * refuses the row and says why ("Apply link is required"). A caller that wants to see what else would be refused
 * passes explicit stand-ins (SampleOptions); the import-check script does both and prints both.
 */

/** Stand-ins for what the sample files lack. Each is used only where the row has no value of its own. */
export interface SampleOptions {
  /** An apply URL for every row (neither file has one). */
  applyUrlFallback?: string;
  /** A YYYY-MM-DD date for rows without one (Lagou: all; LinkedIn: 12 of 862). */
  datePostedFallback?: string;
  /** LinkedIn only: a workplace type for rows that state none (see linkedinRow). */
  workplaceTypeFallback?: WorkplaceType;
}

/** A sample row mapped: flat values for parseOpeningForm and notes on how they were derived. */
export interface SampleRow {
  values: OpeningFormValues;
  notes: string[];
}

const field = (r: Record<string, string>, k: string) => (r[k] ?? "").trim();

// LinkedIn's seniority ladder has six rungs, ours four: Internship and Entry level → entry, Associate → mid,
// Mid-Senior level → senior, Director and Executive → lead (lead/executive). "Not Applicable" → not specified.
const LINKEDIN_LEVEL: Record<string, ExperienceLevel | ""> = {
  internship: "entry",
  "entry level": "entry",
  associate: "mid",
  "mid-senior level": "senior",
  director: "lead",
  executive: "lead",
  "not applicable": "",
};

/** Workplace words in a title: "ML Engineer at 100% Remote", "Onsite Work - …", "(Hybrid)". */
function workplaceInTitle(title: string): WorkplaceType | null {
  if (/\bhybrid\b/i.test(title)) return "hybrid";
  if (/\bremote\b/i.test(title)) return "remote";
  if (/\bon-?site\b/i.test(title)) return "on-site";
  return null;
}

/**
 * One LinkedIn sample record → flat opening values. title → titleEn (titleZh if mostly Chinese), companyName →
 * employerName, description → descriptionEn, location → locations ("New York, NY" → New York, US; "San Francisco
 * Bay Area" → that area, US; "Texas, United States" → Texas, US; "United States" alone names no city: kept as
 * written for the schema to refuse, or a remote country when the row is remote), publishedAt → datePosted,
 * contractType → employmentType ("Other" → blank), experienceLevel → our levels (see LINKEDIN_LEVEL).
 * workplaceType: `workType` when it is On-site/Remote/Hybrid; in this file it is the job function ("Engineering
 * and Information Technology"), so the title's own words decide ("100% Remote"), else the fallback, else blank.
 * Input: a CSV record (column → string) and SampleOptions. Output: values and notes. Pure.
 */
export function linkedinRow(record: Record<string, string>, options: SampleOptions = {}): SampleRow {
  const values = blankValues();
  const notes: string[] = [];
  const title = field(record, "title");
  const zh = isMostlyCjk(title);
  values[zh ? "titleZh" : "titleEn"] = title;
  values[zh ? "descriptionZh" : "descriptionEn"] = record.description ?? "";
  values.employerName = field(record, "companyName");

  const workType = field(record, "workType");
  const workplace = workplaceFromWorkType(workType) ?? workplaceInTitle(title) ?? options.workplaceTypeFallback ?? null;
  if (!workplaceFromWorkType(workType)) {
    if (workplaceInTitle(title)) notes.push(`workplaceType "${workplace}" from the title (workType "${workType}" is a job function)`);
    else notes.push(`workplaceType: workType "${workType}" is a job function, not a workplace${workplace ? `; fallback "${workplace}" used` : ""}`);
  }
  values.workplaceType = workplace ?? "";

  const lines: string[] = [];
  const remote: string[] = [];
  for (const p of parsePlaces(field(record, "location"))) {
    if (p.kind === "city") lines.push(`${p.city}, ${p.country}`);
    else if ((p.kind === "country" || p.kind === "remote") && p.country && (workplace === "remote" || workplace === "hybrid")) remote.push(p.country);
    else {
      lines.push(p.kind === "unplaced" ? p.text : field(record, "location"));
      notes.push(`location: ${p.kind === "unplaced" ? p.reason : `"${field(record, "location")}" names a country, no city`}`);
    }
  }
  values.locations = lines.join("\n");
  values.remoteCountries = remote.join(" ");

  const contract = field(record, "contractType");
  values.employmentType = employmentTypeFrom(contract) ?? "";
  if (!values.employmentType) notes.push(`employmentType: contractType "${contract}" is none of ours`);
  const level = LINKEDIN_LEVEL[field(record, "experienceLevel").toLowerCase()];
  values.experienceLevel = level ?? "";
  if (level === undefined && field(record, "experienceLevel")) notes.push(`experienceLevel "${field(record, "experienceLevel")}" unknown; left unspecified`);

  values.datePosted = field(record, "publishedAt") || options.datePostedFallback || "";
  if (!field(record, "publishedAt")) notes.push(options.datePostedFallback ? "datePosted: none in the source; fallback used" : "datePosted: none in the source");
  values.applyUrl = options.applyUrlFallback ?? "";
  return { values, notes };
}

function workplaceFromWorkType(s: string): WorkplaceType | null {
  const t = s.toLowerCase().replace(/\s+/g, "");
  if (t === "on-site" || t === "onsite") return "on-site";
  if (t === "remote") return "remote";
  if (t === "hybrid") return "hybrid";
  return null;
}

// Lagou's 经验 (workYear) → our levels. 10年以上 stays senior: years alone do not make a lead/executive post.
const LAGOU_LEVEL: Record<string, ExperienceLevel | ""> = {
  应届毕业生: "entry",
  "1年以下": "entry",
  "1-3年": "entry",
  "3-5年": "mid",
  "5-10年": "senior",
  "10年以上": "senior",
  不限: "",
};
const LAGOU_NATURE: Record<string, string> = { 全职: "full-time", 兼职: "part-time", 实习: "internship" };

/**
 * One Lagou sample record → flat opening values. positionName → titleZh (titleEn if mostly Latin, e.g. "Senior
 * Data Analyst"; Lagou's HTML escapes such as "&amp;" decoded), companyFullName → employerName, city → "城市, CN",
 * salary "15k-30k" → salaryMin 15000, salaryMax 30000, CNY per month, salaryText "15k-30k" as stated (other
 * forms: salaryText only), workYear → experienceLevel (see LAGOU_LEVEL), jobNature → employmentType. Lagou lists
 * each post at an office (district, coordinates) and has no remote field, so workplaceType is on-site. No
 * description, date or apply link: datePosted and applyUrl come from the options or stay blank. Input: a CSV
 * record and SampleOptions. Output: values and notes. Pure.
 */
export function lagouRow(record: Record<string, string>, options: SampleOptions = {}): SampleRow {
  const values = blankValues();
  const notes: string[] = [];
  const raw = field(record, "positionName");
  const title = decodeEntities(raw);
  if (title !== raw) notes.push("title: HTML entities decoded");
  values[isMostlyCjk(title) || !/[A-Za-z]/.test(title) ? "titleZh" : "titleEn"] = title;
  values.employerName = field(record, "companyFullName");
  const city = field(record, "city");
  values.locations = city ? `${city}, CN` : "";
  values.workplaceType = "on-site";

  const salary = field(record, "salary");
  const m = /^(\d{1,4})k-(\d{1,4})k$/i.exec(salary);
  if (m) {
    values.salaryMin = String(Number(m[1]) * 1000);
    values.salaryMax = String(Number(m[2]) * 1000);
    values.salaryCurrency = "CNY";
    values.salaryPeriod = "month";
  } else if (salary) notes.push(`salary "${salary}" is not "Nk-Mk": kept as stated only`);
  values.salaryText = salary;

  const years = field(record, "workYear");
  const level = LAGOU_LEVEL[years];
  values.experienceLevel = level ?? "";
  if (level === undefined && years) notes.push(`workYear "${years}" unknown; left unspecified`);
  const nature = field(record, "jobNature");
  values.employmentType = LAGOU_NATURE[nature] ?? "";
  if (!values.employmentType) notes.push(`employmentType: jobNature "${nature}" is none of ours`);

  values.datePosted = options.datePostedFallback ?? "";
  values.applyUrl = options.applyUrlFallback ?? "";
  return { values, notes };
}
