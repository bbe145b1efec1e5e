import Link from "next/link";
import { displayTitle, secondaryTitle } from "@/lib/roles/display";
import { HORIZON_LABELS, TIER_LABELS } from "@/lib/roles/labels";
import { HORIZON_VALUES, roleQueryString, TIER_VALUES } from "@/lib/roles/query";
import type { MatrixCell } from "@/lib/roles/data";

/**
 * The tier × horizon matrix as a data table (rows: tiers, columns: horizons, "Not specified" included), each
 * cell with its count (a link to the browse page filtered to that cell), its roles as links and a checkbox per
 * role. The table is a GET form to /compare, so ticking 2–4 roles and pressing Compare works without JavaScript.
 */
export function RoleMatrix({ cells }: { cells: MatrixCell[] }) {
  const cell = (t: string, h: string) => cells.find((c) => c.tier === t && c.horizon === h);
  return (
    <form method="get" action="/compare" className="mt-4">
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="role-matrix">
          <caption className="sr-only">Published roles by skill tier (rows) and emergence horizon (columns)</caption>
          <thead>
            <tr>
              <td className="border border-slate-300 p-2 dark:border-slate-700" />
              {HORIZON_VALUES.map((h) => (
                <th key={h} scope="col" className="border border-slate-300 p-2 text-left dark:border-slate-700">
                  {HORIZON_LABELS[h].en} <span lang="zh-CN" className="font-normal">{HORIZON_LABELS[h].zh}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIER_VALUES.map((t) => (
              <tr key={t}>
                <th scope="row" className="border border-slate-300 p-2 text-left align-top dark:border-slate-700">
                  {TIER_LABELS[t].en} <span lang="zh-CN" className="font-normal">{TIER_LABELS[t].zh}</span>
                </th>
                {HORIZON_VALUES.map((h) => {
                  const c = cell(t, h);
                  const count = c?.count ?? 0;
                  return (
                    <td key={h} className="border border-slate-300 p-2 align-top dark:border-slate-700" data-cell={`${t}|${h}`}>
                      {count === 0 ? (
                        <span className="text-slate-600 dark:text-slate-400" data-testid="cell-count">0 roles</span>
                      ) : (
                        <Link
                          href={`/${roleQueryString({ tier: [t], horizon: [h] })}`}
                          className="font-medium text-blue-800 underline dark:text-blue-300"
                          data-testid="cell-count"
                        >
                          {count === 1 ? "1 role" : `${count} roles`}
                          <span className="sr-only">
                            {" "}with tier {TIER_LABELS[t].en} and horizon {HORIZON_LABELS[h].en}
                          </span>
                        </Link>
                      )}
                      {c && c.roles.length > 0 && (
                        <ul className="mt-2 space-y-1">
                          {c.roles.map((r) => (
                            <li key={r.slug} className="flex items-start gap-2">
                              <input
                                type="checkbox"
                                name="roles"
                                value={r.slug}
                                id={`cmp-${r.slug}`}
                                aria-label={`Compare ${displayTitle(r)}`}
                                className="mt-1"
                              />
                              <Link href={`/roles/${r.slug}`} className="text-blue-800 underline dark:text-blue-300">
                                {displayTitle(r)}
                                {secondaryTitle(r) && <span lang="zh-CN" className="text-slate-700 dark:text-slate-300"> {secondaryTitle(r)}</span>}
                              </Link>
                            </li>
                          ))}
                          {count > c.roles.length && <li className="text-slate-600 dark:text-slate-400">and {count - c.roles.length} more</li>}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="mt-3 rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
        Compare selected roles
      </button>
    </form>
  );
}
