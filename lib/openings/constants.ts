// Values of openings as spelled in URLs, forms, imports and JSON; free of zod so client components can import them.

/** Where the work is done. */
export const WORKPLACE_TYPES = ["on-site", "hybrid", "remote"] as const;
export type WorkplaceTypeValue = (typeof WORKPLACE_TYPES)[number];
/** schema.org JobPosting employmentType, in our spelling. */
export const EMPLOYMENT_TYPES = ["full-time", "part-time", "contract", "temporary", "internship"] as const;
export type EmploymentTypeValue = (typeof EMPLOYMENT_TYPES)[number];
/** Seniority asked for; "lead" covers lead and executive. */
export const EXPERIENCE_LEVELS = ["entry", "mid", "senior", "lead"] as const;
export type ExperienceLevelValue = (typeof EXPERIENCE_LEVELS)[number];
/** The experience filter also takes "unspecified" (the posting does not say). */
export const EXPERIENCE_FILTER_VALUES = [...EXPERIENCE_LEVELS, "unspecified"] as const;
export type ExperienceFilterValue = (typeof EXPERIENCE_FILTER_VALUES)[number];
/** The period a salary is paid per. */
export const SALARY_PERIODS = ["hour", "day", "month", "year"] as const;
export type SalaryPeriodValue = (typeof SALARY_PERIODS)[number];
/** Hours and days in a working year, for comparing hourly, daily, monthly and yearly pay (as the database does). */
export const HOURS_PER_YEAR = 2080;
export const DAYS_PER_YEAR = 260;
/** "Posted within" choices, in days. */
export const POSTED_WITHIN_DAYS = ["1", "7", "30"] as const;
export type PostedWithinValue = (typeof POSTED_WITHIN_DAYS)[number];
/** Orders of the jobs list: newest (the default), best match (the default while a keyword is set), highest salary. */
export const OPENING_SORTS = ["newest", "relevance", "salary"] as const;
export type OpeningSortValue = (typeof OPENING_SORTS)[number];
/** Currencies offered by the jobs page's salary filter first (any ISO 4217 code is accepted in URLs). */
export const COMMON_CURRENCIES = ["CNY", "USD", "EUR", "GBP", "HKD", "SGD", "JPY"] as const;
/** Openings per page by default and at most. */
export const OPENINGS_PAGE_SIZE = 20;
export const OPENINGS_MAX_PAGE_SIZE = 100;
/** Longest accepted city filter value (characters), and most cities / roles in one query. */
export const CITY_MAX = 100;
export const MULTI_MAX = 20;
/** Every parameter of the openings contract, in the order links are written. */
export const OPENING_QUERY_KEYS = [
  "tier",
  "horizon",
  "role",
  "city",
  "workplace",
  "employment",
  "experience",
  "salaryMin",
  "currency",
  "period",
  "salaryUnknown",
  "posted",
  "q",
  "exact",
  "sort",
  "pageSize",
  "page",
  "cursor",
] as const;

/**
 * What the jobs sort <select> shows: "" (best match, which submits no sort) while the query uses its keyword's
 * default order, else the explicit sort; so a no-JS search is ranked by relevance unless the reader chose otherwise.
 */
export function openingSortFieldValue(sort: OpeningSortValue, q: string): "" | OpeningSortValue {
  return sort === effectiveOpeningSort(undefined, q) ? "" : sort;
}
/** The sorts the jobs form offers besides "" (best match while searching, newest otherwise). */
export const OPENING_SORT_CHOICES = OPENING_SORTS.filter((s) => s !== "relevance");

/** The sort a query uses: the requested one, else relevance while there is a keyword, else newest. */
export function effectiveOpeningSort(requested: OpeningSortValue | undefined, q: string): OpeningSortValue {
  if (requested === "relevance" && !q) return "newest";
  return requested ?? (q ? "relevance" : "newest");
}

/**
 * A salary amount as a yearly amount, the way the database compares them (openings_derive_columns): hour × 2080,
 * day × 260, month × months of pay (13薪, 14薪; default 12), year × 1. Input: an amount in the currency's major
 * unit, its period, the months of pay (only for "month"). Output: the yearly amount in the same currency (no
 * rounding, no conversion). Throws RangeError for a negative or non-finite amount or an unknown period.
 */
export function yearlyAmount(amount: number, period: SalaryPeriodValue, months: number | null = null): number {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`A salary amount must be a non-negative number (got ${amount})`);
  switch (period) {
    case "hour":
      return amount * HOURS_PER_YEAR;
    case "day":
      return amount * DAYS_PER_YEAR;
    case "month":
      return amount * (months ?? 12);
    case "year":
      return amount;
    default:
      throw new RangeError(`Unknown salary period: ${String(period)}`);
  }
}
