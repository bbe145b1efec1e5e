import { HORIZON_LABELS, SORT_LABELS, TIER_LABELS } from "@/lib/roles/labels";
import { DEFAULT_PAGE_SIZE, HORIZON_VALUES, type RoleQuery, SORT_VALUES, TIER_VALUES } from "@/lib/roles/query";
import type { RoleFacets } from "@/lib/roles/types";
import { FilterAutoSubmit } from "./filter-auto-submit";

interface Props {
  query: RoleQuery;
  facets: RoleFacets;
}

/**
 * The browse filters as a GET form: keyword, tier and horizon checkboxes (each with its facet count), sort.
 * Works without JavaScript; FilterAutoSubmit applies changes at once when JavaScript runs. The page parameter is
 * deliberately absent so any change starts again at page 1.
 */
export function FilterForm({ query, facets }: Props) {
  return (
    <form method="get" action="/" role="search" aria-label="Filter roles" className="space-y-5">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">
          Keyword <span lang="zh-CN" className="text-slate-600 dark:text-slate-300">关键词</span>
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={200}
            placeholder="e.g. data, 数据"
            className="w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
          />
          <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
            Search
          </button>
        </div>
      </div>

      <FacetFieldset
        name="tier"
        legend="Skill tier"
        legendZh="技术含量"
        values={TIER_VALUES}
        labels={TIER_LABELS}
        selected={query.tier}
        counts={facets.tier}
      />
      <FacetFieldset
        name="horizon"
        legend="Emergence horizon"
        legendZh="出现时间"
        values={HORIZON_VALUES}
        labels={HORIZON_LABELS}
        selected={query.horizon}
        counts={facets.horizon}
      />

      <div>
        <label htmlFor="sort" className="block text-sm font-medium">Sort by</label>
        <select
          id="sort"
          name="sort"
          defaultValue={query.sort}
          className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
        >
          {SORT_VALUES.map((s) => (
            <option key={s} value={s}>{SORT_LABELS[s]}</option>
          ))}
        </select>
      </div>
      {query.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}

      <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 dark:border-slate-600">
        Apply filters
      </button>
      <FilterAutoSubmit />
    </form>
  );
}

export function FacetFieldset<V extends string>(props: {
  name: string;
  legend: string;
  legendZh: string;
  values: readonly V[];
  labels: Record<V, { en: string; zh: string }>;
  selected: readonly V[];
  counts: Record<V, number>;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">
        {props.legend} <span lang="zh-CN" className="text-slate-600 dark:text-slate-300">{props.legendZh}</span>
      </legend>
      <ul className="mt-1 space-y-1">
        {props.values.map((v) => {
          const count = props.counts[v];
          const id = `${props.name}-${v}`;
          return (
            <li key={v}>
              <input
                id={id}
                type="checkbox"
                name={props.name}
                value={v}
                defaultChecked={props.selected.includes(v)}
                className="mr-2 align-middle"
              />
              <label htmlFor={id} className={count === 0 ? "text-slate-500 dark:text-slate-400" : undefined}>
                {props.labels[v].en} <span lang="zh-CN">{props.labels[v].zh}</span>{" "}
                <span className="tabular-nums" data-facet-count={count}>
                  ({count}
                  {count === 0 ? <span> · no matches</span> : null})
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
