import { bilingual } from "@/lib/i18n/content";
import { type AppLocale, LANGUAGE_TAG } from "@/lib/i18n/routing";
import type { OpeningDetail } from "./types";

/** schema.org / Google employmentType values for ours. */
const EMPLOYMENT_TYPE: Record<OpeningDetail["employmentType"], string> = {
  "full-time": "FULL_TIME",
  "part-time": "PART_TIME",
  contract: "CONTRACTOR",
  temporary: "TEMPORARY",
  internship: "INTERN",
};

/** Google's unitText for a salary period. */
const UNIT_TEXT = { hour: "HOUR", day: "DAY", month: "MONTH", year: "YEAR" } as const;

/**
 * Where applicants to remote work may live, as Google asks for TELECOMMUTE postings: the allowed countries, else
 * the countries of the posting's locations, else "Worldwide" (the posting allows anywhere).
 */
function applicantLocations(o: OpeningDetail): Record<string, string>[] {
  const countries = o.remoteCountries.length ? o.remoteCountries : [...new Set(o.locations.map((l) => l.country))];
  return countries.length ? countries.map((c) => ({ "@type": "Country", name: c })) : [{ "@type": "AdministrativeArea", name: "Worldwide" }];
}

/**
 * schema.org JobPosting for a current opening's page in `locale`, with Google's required properties (title,
 * description, datePosted, hiringOrganization, jobLocation — or, for remote work, jobLocationType TELECOMMUTE and
 * applicantLocationRequirements) and recommended ones (validThrough, employmentType, baseSalary when a range is
 * stated, identifier, directApply: false since applications go to the employer). `validThrough` is the last
 * second the opening is current (the end of its valid-through day in its time zone), ISO 8601 in UTC. The
 * description is the posting's text in the page's language first (Markdown source), or title and employer when
 * the employer gave none. Only for current openings: an expired opening's page carries none (the caller decides).
 * `url` is the page's absolute, locale-prefixed URL. Pure; never throws.
 */
export function jobPostingJsonLd(o: OpeningDetail, url: string, locale: AppLocale, siteName: string): Record<string, unknown> {
  const title = bilingual(o.titleEn, o.titleZh, locale);
  const description = bilingual(o.descriptionEn, o.descriptionZh, locale);
  const name = title.primary?.text ?? o.slug;
  const text = [description.primary?.text, description.secondary?.text].filter(Boolean).join("\n\n") || `${name} — ${o.employerName}`;
  const remote = o.workplaceType === "remote";
  const salary = o.salary;
  const baseSalary =
    salary && salary.currency && salary.period && (salary.min !== null || salary.max !== null)
      ? {
          "@type": "MonetaryAmount",
          currency: salary.currency,
          value: {
            "@type": "QuantitativeValue",
            ...(salary.min !== null ? { minValue: salary.min } : {}),
            ...(salary.max !== null ? { maxValue: salary.max } : {}),
            ...(salary.min !== null && salary.max !== null && salary.min === salary.max ? { value: salary.min } : {}),
            unitText: UNIT_TEXT[salary.period],
          },
        }
      : undefined;
  const places = o.locations.map((l) => ({
    "@type": "Place",
    address: { "@type": "PostalAddress", addressLocality: l.city, addressCountry: l.country },
  }));
  const lastSecond = new Date(new Date(o.expiresAt).getTime() - 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: name,
    description: text,
    datePosted: o.datePosted,
    validThrough: lastSecond,
    employmentType: EMPLOYMENT_TYPE[o.employmentType],
    hiringOrganization: { "@type": "Organization", name: o.employerName, ...(o.employerUrl ? { sameAs: o.employerUrl } : {}) },
    // One place as an object, several as an array (Google accepts both; validators read the single form best).
    ...(places.length === 1 ? { jobLocation: places[0] } : places.length ? { jobLocation: places } : {}),
    ...(remote ? { jobLocationType: "TELECOMMUTE" } : {}),
    ...(remote ? { applicantLocationRequirements: applicantLocations(o) } : {}),
    ...(baseSalary ? { baseSalary } : {}),
    identifier: { "@type": "PropertyValue", name: siteName, value: o.slug },
    directApply: false,
    url,
    inLanguage: LANGUAGE_TAG[locale],
  };
}
