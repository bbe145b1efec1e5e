import Link from "next/link";
import { displayTitle, secondaryTitle } from "@/lib/roles/display";
import { HORIZON_LABELS, TIER_LABELS } from "@/lib/roles/labels";
import type { RoleListItem } from "@/lib/roles/types";
import { SaveButton } from "@/components/saved/save-button";

/** One role in the browse list; the link carries the list's query so the detail page can link back to it. */
export function RoleCard({ role, listQuery }: { role: RoleListItem; listQuery: string }) {
  return (
    <article className="h-full rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <Link href={`/roles/${role.slug}${listQuery}`} className="text-blue-800 hover:underline dark:text-blue-300">
            {displayTitle(role)}
          </Link>
        </h2>
        <SaveButton role={{ slug: role.slug, titleEn: role.titleEn, titleZh: role.titleZh }} name={displayTitle(role)} />
      </div>
      {secondaryTitle(role) && <p lang="zh-CN" className="text-slate-700 dark:text-slate-300">{secondaryTitle(role)}</p>}
      <RoleBadges tier={role.tier} horizon={role.horizon} />
      <p className="mt-2 text-sm">{role.summaryEn}</p>
      <p lang="zh-CN" className="mt-1 text-sm text-slate-700 dark:text-slate-300">{role.summaryZh}</p>
    </article>
  );
}

/** Tier and horizon as labelled badges. */
export function RoleBadges({ tier, horizon }: Pick<RoleListItem, "tier" | "horizon">) {
  return (
    <dl className="mt-2 flex flex-wrap gap-2 text-xs">
      <div className="rounded bg-indigo-50 px-2 py-0.5 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100">
        <dt className="inline">Tier: </dt>
        <dd className="inline" data-tier={tier}>
          {TIER_LABELS[tier].en} <span lang="zh-CN">{TIER_LABELS[tier].zh}</span>
        </dd>
      </div>
      <div className="rounded bg-emerald-50 px-2 py-0.5 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
        <dt className="inline">Horizon: </dt>
        <dd className="inline" data-horizon={horizon}>
          {HORIZON_LABELS[horizon].en} <span lang="zh-CN">{HORIZON_LABELS[horizon].zh}</span>
        </dd>
      </div>
    </dl>
  );
}
