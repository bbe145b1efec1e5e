import { SpellingNotice } from "@/components/search/spelling-notice";
import { ZeroResultsHelp } from "@/components/search/zero-results-help";
import { openingZeroResultHelp } from "@/lib/openings/zero-results";
import { searchPlan } from "@/lib/search/segment";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { JobsFilterForm } from "@/components/jobs/jobs-filter-form";
import { FiltersPanel } from "@/components/ui/filters-panel";
import { UpdatingNote } from "@/components/ui/updating-note";
import { activeFilters } from "@/lib/query/params";
import { OpeningCard } from "@/components/jobs/opening-card";
import { QueryErrors } from "@/components/roles/query-errors";
import { PageLinks } from "@/components/ui/page-links";
import { localeAlternates, localeOpenGraph, localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { alertQueryOf } from "@/lib/alerts/query";
import { listCurrentOpenings } from "@/lib/openings/cached";
import { openingQueryString, openingQueryToSearchParams, parseOpeningQuery } from "@/lib/openings/query";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Canonical URL (the parsed query in canonical form, page number never cursor), hreflang, Open Graph, feeds. */
export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "jobs" });
  const parsed = parseOpeningQuery(await searchParams);
  const path = `/jobs${parsed.ok ? openingQueryString({ ...parsed.query, cursor: null }) : ""}`;
  const feedQuery = openingQueryString({ ...parsed.query, sort: undefined, page: 1, cursor: null, pageSize: undefined });
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: localeAlternates(locale, path, {
      "application/rss+xml": `/jobs-feed.xml${feedQuery}`,
      "application/atom+xml": `/jobs-atom.xml${feedQuery}`,
    }),
    openGraph: { type: "website", title: t("metaTitle"), description: t("metaDescription"), ...localeOpenGraph(locale, path) },
  };
}

/**
 * Jobs page (`/zh/jobs`, `/en/jobs`): current openings filtered by the URL's parameters (contract:
 * lib/openings/query.ts), parsed and answered exactly as `GET /api/openings` does. Invalid parameters show a
 * message in the page's language and the unfiltered list.
 */
export default async function JobsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("jobs");
  const parsed = parseOpeningQuery(await searchParams);
  const { query } = parsed;
  const [result, form] = await Promise.all([listCurrentOpenings(query, { correct: true }), getTranslations("alerts.form")]);
  const listQuery = openingQueryString({ ...query, cursor: null });
  const highlight = searchPlan(result.correction?.q ?? query.q).pieces;
  const help = result.total === 0 ? await openingZeroResultHelp(query, result) : null;
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const first = (query.page - 1) * query.pageSize + 1;
  const last = first + result.items.length - 1;
  const href = (page: number) => `/jobs${openingQueryString({ ...query, cursor: null, page })}`;
  const nextHref = result.nextCursor
    ? `/jobs?${(() => {
        const sp = openingQueryToSearchParams({ ...query, cursor: null, page: 1 });
        sp.set("cursor", result.nextCursor!);
        return sp.toString();
      })()}`
    : href(query.page + 1);

  return (
    <div className="grid gap-8 md:grid-cols-[17rem_1fr]">
      <aside>
        <FiltersPanel active={activeFilters(openingQueryToSearchParams(query))}>
          <JobsFilterForm key={listQuery} query={query} facets={result.facets} locale={locale} action={localePath(locale, "/jobs")} />
        </FiltersPanel>
      </aside>
      <section id="results" aria-labelledby="results-heading">
        <h1 id="results-heading" className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
        {!parsed.ok && <QueryErrors issues={parsed.issues} contract="openings" />}
        <p role="status" aria-live="polite" className="mt-2 text-slate-700 dark:text-slate-300" data-testid="result-count">
          {t("resultCount", { count: result.total })}
          {result.items.length > 0 && result.total > result.items.length && ` · ${t("showing", { first, last })}`}
        </p>
        <UpdatingNote />
        {result.correction && (
          <SpellingNotice
            correction={result.correction}
            insteadHref={`/jobs${openingQueryString({ ...query, cursor: null, page: 1, q: result.correction.original, exact: true })}`}
          />
        )}
        {result.total === 0 ? (
          <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
            <p className="font-medium">{t("empty.title")}</p>
            <p className="mt-1 text-sm">{t("empty.hint")}</p>
            {help && (
              <ZeroResultsHelp
                drops={help.drops.map((d) => ({ filter: d.filter, count: d.count, href: `/jobs${openingQueryString(d.query)}` }))}
                spelling={help.spelling && { q: help.spelling.q, count: help.spelling.count, href: `/jobs${openingQueryString(help.spelling.query)}` }}
              />
            )}
            {listQuery && <Link href="/jobs" className="mt-2 inline-block text-blue-700 underline dark:text-blue-300">{t("filters.clear")}</Link>}
          </div>
        ) : result.items.length === 0 ? (
          <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
            <p className="font-medium">{t("empty.pastEnd", { page: query.page, pages })}</p>
            <Link href={href(pages)} className="text-blue-700 underline dark:text-blue-300">{t("empty.goToPage", { page: pages })}</Link>
          </div>
        ) : (
          <ul className="mt-4 grid gap-4 lg:grid-cols-2" data-testid="opening-list" data-stale-while-busy>
            {result.items.map((o) => (
              <li key={o.slug}><OpeningCard opening={o} highlight={highlight} /></li>
            ))}
          </ul>
        )}
        <PageLinks page={query.page} pages={pages} href={href} nextHref={nextHref} />
        {parsed.ok && (
          <SubscribeForm
            search={openingQueryToSearchParams(alertQueryOf(query)).toString()}
            permalink={localePath(locale, `/jobs${listQuery}`)}
            labels={{
              heading: form("heading"), intro: form("intro"), email: form("email"), frequency: form("frequency"),
              daily: form("daily"), weekly: form("weekly"), submit: form("submit"),
            }}
          />
        )}
      </section>
    </div>
  );
}
