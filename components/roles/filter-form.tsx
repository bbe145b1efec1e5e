import { useTranslations } from "next-intl";
import { DEFAULT_PAGE_SIZE, HORIZON_VALUES, type RoleQuery, SORT_CHOICES, sortFieldValue, TIER_VALUES } from "@/lib/roles/query";
import type { RoleFacets } from "@/lib/roles/types";
import { Link } from "@/lib/i18n/navigation";
import { FilterAutoSubmit } from "./filter-auto-submit";

interface Props {
  query: RoleQuery;
  facets: RoleFacets;
  /** The browse page's path in the current locale ("/zh", "/en"): where the GET form submits. */
  action: string;
}

/**
 * The browse filters as a GET form: keyword, tier and horizon checkboxes (each with its facet count and, by its
 * legend, a link to the axes page), sort ("best match" submits none, so a keyword is ranked by relevance).
 * Works without JavaScript; FilterAutoSubmit applies changes at once when JavaScript runs. The page parameter is
 * deliberately absent so any change starts again at page 1. Labels come from the `browse` and `common` messages.
 */
export function FilterForm({ query, facets, action }: Props) {
  const t = useTranslations("browse");
  const common = useTranslations("common");
  const about = useTranslations("about");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters.formLabel")} className="space-y-5">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">{t("filters.keyword")}</label>
        <div className="mt-1 flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={200}
            placeholder={t("filters.placeholder")}
            className="w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
          />
          <button type="submit" className="shrink-0 whitespace-nowrap rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
            {t("filters.search")}
          </button>
        </div>
      </div>

      <FacetFieldset
        name="tier"
        legend={common("facet.tier")}
        values={TIER_VALUES}
        label={(v) => common(`tier.${v}`)}
        selected={query.tier}
        counts={facets.tier}
        noMatches={t("filters.noMatches")}
        about={{ href: "/about/axes#tier", label: about("legendLink") }}
      />
      <FacetFieldset
        name="horizon"
        legend={common("facet.horizon")}
        values={HORIZON_VALUES}
        label={(v) => common(`horizon.${v}`)}
        selected={query.horizon}
        counts={facets.horizon}
        noMatches={t("filters.noMatches")}
        about={{ href: "/about/axes#horizon", label: about("legendLink") }}
      />

      <div>
        <label htmlFor="sort" className="block text-sm font-medium">{t("filters.sortBy")}</label>
        <select
          id="sort"
          name="sort"
          defaultValue={sortFieldValue(query.sort, query.q)}
          className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="">{t("sort.auto")}</option>
          {SORT_CHOICES.map((s) => (
            <option key={s} value={s}>{t(`sort.${s}`)}</option>
          ))}
        </select>
      </div>
      {query.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}

      <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 dark:border-slate-600">
        {t("filters.apply")}
      </button>
      <FilterAutoSubmit />
    </form>
  );
}

/** A facet as a fieldset of checkboxes, each labelled with its value and its count (0 = "no matches"). */
export function FacetFieldset<V extends string>(props: {
  name: string;
  legend: string;
  values: readonly V[];
  label: (value: V) => string;
  selected: readonly V[];
  counts: Record<V, number>;
  noMatches: string;
  /** A link after the legend to the page explaining this facet, e.g. the axes page for tier and horizon. */
  about?: { href: string; label: string };
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">
        {props.legend}
        {props.about && (
          <>
            {" "}
            <Link href={props.about.href} aria-label={`${props.about.label} ${props.legend}`} className="text-xs font-normal text-blue-700 underline dark:text-blue-300" data-testid="axis-link">
              {props.about.label}
            </Link>
          </>
        )}
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
                {props.label(v)}{" "}
                <span className="tabular-nums" data-facet-count={count}>
                  ({count}
                  {count === 0 ? <span> · {props.noMatches}</span> : null})
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
