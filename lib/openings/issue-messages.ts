import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { joinPlain } from "@/lib/roles/issue-messages";
import type { QueryIssue } from "@/lib/query/params";
import { MAX_PAGE, Q_MAX_LENGTH } from "@/lib/roles/constants";
import { CITY_MAX, MULTI_MAX, OPENING_QUERY_KEYS, OPENINGS_MAX_PAGE_SIZE } from "./constants";

type Explained = (typeof OPENING_QUERY_KEYS)[number];

/**
 * An openings URL-parameter issue as the jobs page shows it, in plain words of the page's language: what the
 * parameter accepts (`jobs.queryIssue.<parameter>`), without raw parameter names or values (those stay in the
 * API's `issues`). Pure; never throws.
 */
export function localizeOpeningIssue(issue: QueryIssue, locale: AppLocale): { text: string; lang: string } {
  const t = translator(locale);
  const param = (OPENING_QUERY_KEYS as readonly string[]).includes(issue.parameter) ? (issue.parameter as Explained) : null;
  const text = t(`jobs.queryIssue.${param ?? "unknown"}`, {
    maxPage: MAX_PAGE,
    maxPageSize: OPENINGS_MAX_PAGE_SIZE,
    maxLength: Q_MAX_LENGTH,
    maxCity: CITY_MAX,
    maxMulti: MULTI_MAX,
  });
  return { text, lang: locale === "zh" ? "zh-CN" : "en" };
}

/**
 * The `message` of a 400 answer for invalid openings parameters (GET /api/openings, the jobs feeds): plain English,
 * one sentence per distinct problem; the `issues` beside it keep the precise texts. Pure.
 */
export function plainOpeningIssuesMessage(issues: readonly QueryIssue[]): string {
  return joinPlain(issues.map((i) => localizeOpeningIssue(i, "en").text));
}
