import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { QueryIssue } from "@/lib/query/params";
import { MAX_PAGE, Q_MAX_LENGTH } from "@/lib/roles/constants";
import { CITY_MAX, MULTI_MAX, OPENING_QUERY_KEYS, OPENINGS_MAX_PAGE_SIZE } from "./constants";

type Explained = (typeof OPENING_QUERY_KEYS)[number];

/**
 * An openings URL-parameter issue as the jobs page shows it, in the page's language. English pages show the API's
 * precise message; Chinese pages explain what the parameter accepts (`jobs.queryIssue.<parameter>`), since the
 * precise texts are the API's English contract. Pure; never throws.
 */
export function localizeOpeningIssue(issue: QueryIssue, locale: AppLocale): { text: string; lang: string } {
  if (locale === "en") return { text: issue.message, lang: "en" };
  const t = translator(locale);
  const param = (OPENING_QUERY_KEYS as readonly string[]).includes(issue.parameter) ? (issue.parameter as Explained) : null;
  const text = t(`jobs.queryIssue.${param ?? "unknown"}`, {
    maxPage: MAX_PAGE,
    maxPageSize: OPENINGS_MAX_PAGE_SIZE,
    maxLength: Q_MAX_LENGTH,
    maxCity: CITY_MAX,
    maxMulti: MULTI_MAX,
  });
  return { text, lang: "zh-CN" };
}
