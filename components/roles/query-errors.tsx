import { useLocale, useTranslations } from "next-intl";
import { localizeOpeningIssue } from "@/lib/openings/issue-messages";
import { localizeIssue } from "@/lib/roles/issue-messages";
import type { QueryIssue } from "@/lib/roles/query";

/**
 * The message shown when the URL's parameters are invalid; the page then lists everything instead. Each problem is
 * said plainly in the page's language (what the setting accepts; no raw parameter names or values), each text once.
 * `contract` says whose parameters they are: the roles' (the browse page, admin) or the openings' (the jobs page).
 */
export function QueryErrors({ issues, contract = "roles" }: { issues: QueryIssue[]; contract?: "roles" | "openings" }) {
  const browse = useTranslations("browse.queryErrors");
  const jobs = useTranslations("jobs.queryErrors");
  const title = contract === "openings" ? jobs("title") : browse("title");
  const localize = contract === "openings" ? localizeOpeningIssue : localizeIssue;
  const locale = useLocale();
  return (
    <div role="alert" className="mb-4 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-medium">{title}</p>
      <ul className="mt-1 list-disc pl-6" data-testid="query-issues">
        {[...new Set(issues.map((i) => localize(i, locale).text))].map((text) => <li key={text}>{text}</li>)}
      </ul>
    </div>
  );
}
