import { useLocale, useTranslations } from "next-intl";
import { localizeIssue } from "@/lib/roles/issue-messages";
import type { QueryIssue } from "@/lib/roles/query";

/**
 * The message shown when the URL's parameters are invalid; the page then lists all roles instead. Everything is
 * in the page's language: each issue names the parameter and explains it (localizeIssue: the API's precise text
 * on English pages, what the parameter accepts on Chinese ones).
 */
export function QueryErrors({ issues }: { issues: QueryIssue[] }) {
  const t = useTranslations("browse.queryErrors");
  const locale = useLocale();
  return (
    <div role="alert" className="mb-4 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-medium">{t("title")}</p>
      <ul className="mt-1 list-disc pl-6" data-testid="query-issues">
        {issues.map((i) => {
          const { text, lang } = localizeIssue(i, locale);
          return (
            <li key={i.parameter}>
              <code>{i.parameter}</code>: <span lang={lang}>{text}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
