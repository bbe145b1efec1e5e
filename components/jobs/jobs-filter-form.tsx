import { useTranslations } from "next-intl";
import { FacetFieldset } from "@/components/roles/filter-form";
import { bilingual } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/routing";
import {
  COMMON_CURRENCIES,
  EMPLOYMENT_TYPES,
  EXPERIENCE_FILTER_VALUES,
  OPENING_SORT_CHOICES,
  openingSortFieldValue,
  OPENINGS_PAGE_SIZE,
  POSTED_WITHIN_DAYS,
  SALARY_PERIODS,
  WORKPLACE_TYPES,
} from "@/lib/openings/constants";
import type { OpeningQuery } from "@/lib/openings/query";
import type { FacetValue, OpeningFacets } from "@/lib/openings/types";
import { HORIZON_VALUES, TIER_VALUES } from "@/lib/roles/constants";
import { JobsAutoSubmit } from "./jobs-auto-submit";

interface Props {
  query: OpeningQuery;
  facets: OpeningFacets;
  locale: AppLocale;
  /** The jobs page's path in the current locale ("/zh/jobs"): where the GET form submits. */
  action: string;
}

const field = "rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

/**
 * The jobs filters as a GET form (works without JavaScript; JobsAutoSubmit applies changes at once with it):
 * keyword, city, workplace, employment, experience, role, the role's tier and horizon (each with facet counts),
 * salary at least an amount in a currency per a period (optionally with openings that state none), posted within,
 * sort. No page field, so any change starts again at page 1. The currency offered first is the page locale's.
 */
export function JobsFilterForm({ query, facets, locale, action }: Props) {
  const t = useTranslations("jobs");
  const about = useTranslations("about");
  const common = useTranslations("common");
  const currency = query.currency ?? (locale === "zh" ? "CNY" : "USD");
  const currencies = [...new Set([currency, ...COMMON_CURRENCIES])];
  return (
    <form method="get" action={action} role="search" aria-label={t("filters.formLabel")} className="space-y-5">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">{t("filters.keyword")}</label>
        <div className="mt-1 flex gap-2">
          <input id="q" name="q" type="search" defaultValue={query.q} maxLength={200} placeholder={t("filters.placeholder")} className={`w-full ${field}`} />
          <button type="submit" className="shrink-0 whitespace-nowrap rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
            {t("filters.search")}
          </button>
        </div>
      </div>

      <KeyFacet name="city" legend={t("filters.city")} values={withSelected(facets.city, query.city)} selected={query.city} noMatches={t("filters.noMatches")} />
      <FacetFieldset name="workplace" legend={t("filters.workplace")} values={WORKPLACE_TYPES} label={(v) => t(`workplace.${v}`)}
        selected={query.workplace} counts={facets.workplace} noMatches={t("filters.noMatches")} />

      <fieldset data-testid="salary-filter">
        <legend className="text-sm font-medium">{t("filters.salary")}</legend>
        <div className="mt-1 flex flex-wrap items-end gap-2">
          <label className="text-xs">
            {t("filters.salaryAmount")}
            <input name="salaryMin" type="number" min={0} max={1_000_000_000} step={1} inputMode="numeric" defaultValue={query.salaryMin ?? ""} className={`block w-28 ${field}`} />
          </label>
          <label className="text-xs">
            {t("filters.currency")}
            <select name="currency" defaultValue={currency} className={`block ${field}`}>
              {currencies.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
          <label className="text-xs">
            {t("filters.period")}
            <select name="period" defaultValue={query.period} className={`block ${field}`}>
              {SALARY_PERIODS.map((p) => <option key={p} value={p}>{t(`period.${p}`)}</option>)}
            </select>
          </label>
        </div>
        <label className="mt-1 block text-sm">
          <input type="checkbox" name="salaryUnknown" value="include" defaultChecked={query.salaryUnknown} className="mr-2 align-middle" />
          {t("filters.salaryUnknown")}
        </label>
      </fieldset>

      <FacetFieldset name="employment" legend={t("filters.employment")} values={EMPLOYMENT_TYPES} label={(v) => t(`employment.${v}`)}
        selected={query.employment} counts={facets.employment} noMatches={t("filters.noMatches")} />
      <FacetFieldset name="experience" legend={t("filters.experience")} values={EXPERIENCE_FILTER_VALUES} label={(v) => t(`experience.${v}`)}
        selected={query.experience} counts={facets.experience} noMatches={t("filters.noMatches")} />
      <FacetFieldset name="tier" legend={common("facet.tier")} values={TIER_VALUES} label={(v) => common(`tier.${v}`)}
        selected={query.tier} counts={facets.tier} noMatches={t("filters.noMatches")}
        about={{ href: "/about/axes#tier", label: about("legendLink") }} />
      <FacetFieldset name="horizon" legend={common("facet.horizon")} values={HORIZON_VALUES} label={(v) => common(`horizon.${v}`)}
        selected={query.horizon} counts={facets.horizon} noMatches={t("filters.noMatches")}
        about={{ href: "/about/axes#horizon", label: about("legendLink") }} />
      <KeyFacet
        name="role"
        legend={t("filters.role")}
        values={withSelected(facets.role, query.role).map((r) => ({ ...r, label: bilingual(r.label ?? "", r.labelZh ?? "", locale).primary?.text ?? r.value }))}
        selected={query.role}
        noMatches={t("filters.noMatches")}
      />

      <fieldset>
        <legend className="text-sm font-medium">{t("filters.posted")}</legend>
        <ul className="mt-1 space-y-1">
          {(["", ...POSTED_WITHIN_DAYS] as const).map((d) => (
            <li key={d || "any"}>
              <label>
                <input type="radio" name="posted" value={d} defaultChecked={String(query.posted ?? "") === d} className="mr-2 align-middle" />
                {d ? t(`posted.d${d}`) : t("filters.postedAny")}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div>
        <label htmlFor="sort" className="block text-sm font-medium">{t("filters.sortBy")}</label>
        <select id="sort" name="sort" defaultValue={openingSortFieldValue(query.sort, query.q)} className={`mt-1 ${field}`}>
          <option value="">{t("sort.auto")}</option>
          {OPENING_SORT_CHOICES.map((s) => <option key={s} value={s}>{t(`sort.${s}`)}</option>)}
        </select>
      </div>
      {query.pageSize !== OPENINGS_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}
      <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 dark:border-slate-600">{t("filters.apply")}</button>
      <JobsAutoSubmit />
    </form>
  );
}

/** Facet values plus any selected value the counts do not list (with count 0), so a selection never vanishes. */
function withSelected(values: FacetValue[], selected: readonly string[]): FacetValue[] {
  const keys = new Set(values.map((v) => v.value.normalize("NFKC").toLowerCase()));
  const extra = selected.filter((s) => !keys.has(s.normalize("NFKC").toLowerCase())).map((s) => ({ value: s, label: s, count: 0 }));
  return [...values, ...extra];
}

/** A facet whose values are keys (cities, roles): checkboxes submitting the value, labelled with its label and count. */
function KeyFacet(props: { name: string; legend: string; values: FacetValue[]; selected: readonly string[]; noMatches: string }) {
  if (props.values.length === 0) return null;
  const chosen = new Set(props.selected.map((s) => s.normalize("NFKC").toLowerCase()));
  return (
    <fieldset>
      <legend className="text-sm font-medium">{props.legend}</legend>
      <ul className="mt-1 max-h-64 space-y-1 overflow-y-auto">
        {props.values.map((v, i) => {
          const id = `${props.name}-${i}`;
          return (
            <li key={v.value}>
              <input id={id} type="checkbox" name={props.name} value={props.name === "city" ? (v.label ?? v.value) : v.value}
                defaultChecked={chosen.has(v.value.normalize("NFKC").toLowerCase()) || chosen.has((v.label ?? "").normalize("NFKC").toLowerCase())}
                className="mr-2 align-middle" />
              <label htmlFor={id} className={v.count === 0 ? "text-slate-500 dark:text-slate-400" : undefined}>
                {v.label ?? v.value}{" "}
                <span className="tabular-nums" data-facet-count={v.count}>({v.count}{v.count === 0 ? <span> · {props.noMatches}</span> : null})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
