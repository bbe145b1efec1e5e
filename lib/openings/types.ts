import type { SpellingCorrection } from "@/lib/search/spelling";
import type { HorizonValue, TierValue } from "@/lib/roles/constants";
import type { EmploymentTypeValue, ExperienceLevelValue, SalaryPeriodValue, WorkplaceTypeValue } from "./constants";

/** One place of work: a city and its ISO 3166-1 alpha-2 country. */
export interface OpeningLocation {
  city: string;
  country: string;
}

/** A salary as the posting states it: bounds in `currency` per `period` (either bound may be missing). */
export interface OpeningSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriodValue | null;
  /** Months of pay per year for monthly salaries (13薪, 14薪); null = not stated (12). */
  months: number | null;
  /** The salary exactly as the source wrote it ("15k-30k·14薪"), or "". */
  text: string;
}

/** The role an opening belongs to, as lists and the posting show it. */
export interface OpeningRoleRef {
  slug: string;
  titleEn: string;
  titleZh: string;
  tier: TierValue;
  horizon: HorizonValue;
}

/** An opening as listed on the jobs page and in `GET /api/openings` items. */
export interface OpeningListItem {
  slug: string;
  titleEn: string;
  titleZh: string;
  employerName: string;
  workplaceType: WorkplaceTypeValue;
  locations: OpeningLocation[];
  /** For remote and hybrid work: countries applicants may work from; empty = anywhere. */
  remoteCountries: string[];
  employmentType: EmploymentTypeValue;
  experienceLevel: ExperienceLevelValue | null;
  /** null when the posting states no salary at all. */
  salary: OpeningSalary | null;
  /** Calendar dates (YYYY-MM-DD). */
  datePosted: string;
  validThrough: string;
  /** The instant the opening stops being current (ISO 8601): the start of the day after validThrough in timeZone. */
  expiresAt: string;
  timeZone: string;
  role: OpeningRoleRef;
}

/** A published opening in full, for its own page and `GET /api/openings/[slug]`. */
export interface OpeningDetail extends OpeningListItem {
  descriptionEn: string;
  descriptionZh: string;
  employerUrl: string | null;
  /** An http(s) URL or a mailto: address. */
  applyUrl: string;
  /** True once expiresAt has passed: the page stays, marked closed, without the apply button or JobPosting. */
  expired: boolean;
  publishedAt: string | null;
  updatedAt: string;
}

/** Count of one facet value; `label` is how it is shown when the value is a key (cities, roles). */
export interface FacetValue {
  value: string;
  count: number;
  label?: string;
  labelZh?: string;
}

/** Counts per facet value, each with every *other* active filter applied. */
export interface OpeningFacets {
  tier: Record<TierValue, number>;
  horizon: Record<HorizonValue, number>;
  workplace: Record<WorkplaceTypeValue, number>;
  employment: Record<EmploymentTypeValue, number>;
  experience: Record<ExperienceLevelValue | "unspecified", number>;
  /** The most common cities (at most 30), most openings first, plus any selected city. */
  city: FacetValue[];
  /** Roles with openings (at most 50), most openings first, plus any selected role. */
  role: FacetValue[];
}

/** One page of current openings: the shape of `GET /api/openings`. */
export interface OpeningListResult {
  items: OpeningListItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: OpeningFacets;
  nextCursor: string | null;
  /** As for roles (RoleListResult.correction): results for a corrected keyword, or null. */
  correction: SpellingCorrection | null;
}
