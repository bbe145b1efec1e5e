import Link from "next/link";
import type { ReactNode } from "react";
import { displayTitle, secondaryTitle } from "@/lib/roles/display";
import { HORIZON_LABELS, TIER_LABELS } from "@/lib/roles/labels";
import type { RoleDetail } from "@/lib/roles/types";

/**
 * Roles side by side: one column per role, one row per field (names, tier, horizon, summaries). A field missing
 * in one language says so rather than showing a blank cell. Scrolls sideways on narrow screens.
 */
export function CompareTable({ roles }: { roles: RoleDetail[] }) {
  const missing = <span className="italic text-slate-600 dark:text-slate-400">not given</span>;
  const rows: { label: ReactNode; cell: (r: RoleDetail) => ReactNode }[] = [
    { label: "Chinese name", cell: (r) => (r.titleZh ? <span lang="zh-CN">{r.titleZh}</span> : missing) },
    { label: "English name", cell: (r) => r.titleEn || missing },
    { label: "Skill tier", cell: (r) => <>{TIER_LABELS[r.tier].en} <span lang="zh-CN">{TIER_LABELS[r.tier].zh}</span></> },
    { label: "Emergence horizon", cell: (r) => <>{HORIZON_LABELS[r.horizon].en} <span lang="zh-CN">{HORIZON_LABELS[r.horizon].zh}</span></> },
    { label: "Summary", cell: (r) => r.summaryEn || missing },
    { label: <span lang="zh-CN">摘要</span>, cell: (r) => (r.summaryZh ? <span lang="zh-CN">{r.summaryZh}</span> : missing) },
  ];
  return (
    <div className="relative mt-6 overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">The selected roles side by side</caption>
        <thead>
          <tr>
            <td className="border border-slate-300 p-2 dark:border-slate-700" />
            {roles.map((r) => (
              <th key={r.slug} scope="col" className="border border-slate-300 p-2 align-top dark:border-slate-700">
                <Link href={`/roles/${r.slug}`} className="text-blue-800 underline dark:text-blue-300">{displayTitle(r)}</Link>
                {secondaryTitle(r) && <span lang="zh-CN" className="block font-normal">{secondaryTitle(r)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row" className="border border-slate-300 p-2 align-top dark:border-slate-700">{row.label}</th>
              {roles.map((r) => (
                <td key={r.slug} className="border border-slate-300 p-2 align-top dark:border-slate-700">{row.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
