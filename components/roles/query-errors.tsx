import type { QueryIssue } from "@/lib/roles/query";

/** The message shown when the URL's parameters are invalid; the page then lists all roles instead. */
export function QueryErrors({ issues }: { issues: QueryIssue[] }) {
  return (
    <div role="alert" className="mb-4 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-medium">Some parameters in this link are not valid, so all roles are shown instead:</p>
      <ul className="mt-1 list-disc pl-6" data-testid="query-issues">
        {issues.map((i) => (
          <li key={i.parameter}>
            <code>{i.parameter}</code>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
