import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActiveFilters } from "@/components/roles/active-filters";
import { describeFilters } from "@/lib/roles/describe";
import { CompareControls } from "@/components/roles/compare-controls";
import { FilterForm } from "@/components/roles/filter-form";
import { FiltersPanel } from "@/components/ui/filters-panel";
import { UpdatingNote } from "@/components/ui/updating-note";
import { Pagination } from "@/components/roles/pagination";
import { QueryErrors } from "@/components/roles/query-errors";
import { RoleCard } from "@/components/roles/role-card";
import { SpellingNotice } from "@/components/search/spelling-notice";
import { ZeroResultsHelp } from "@/components/search/zero-results-help";
import { localeAlternates, localeOpenGraph, localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { countCurrentOpeningsByRole, getCurrentOpeningsTotal } from "@/lib/openings/cached";
import { listPublishedRoles } from "@/lib/roles/cached";
import { parseRoleQuery, roleQueryString, roleQueryToSearchParams, titleOrderFor } from "@/lib/roles/query";
import { activeFilters } from "@/lib/query/params";
import { roleZeroResultHelp } from "@/lib/roles/zero-results";
import { searchPlan } from "@/lib/search/segment";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Canonical URL: the parsed query in canonical form under this locale (page number, never a cursor; no query for
 * invalid parameters), hreflang alternates with the same query, Open Graph, and the RSS/Atom feeds of the same
 * filters as alternates.
 */
export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "browse" });
  const parsed = parseRoleQuery(await searchParams, titleOrderFor(locale));
  const path = `/${parsed.ok ? roleQueryString({ ...parsed.query, cursor: null }) : ""}`;
  // The feeds take the filters only: they have their own order (newest) and first page.
  const { tier, horizon, q } = parsed.query;
  const feedQuery = roleQueryString({ tier, horizon, q });
  const title = t("metaTitle");
  const description = t("metaDescription");
  return {
    title,
    description,
    alternates: localeAlternates(locale, path, {
      "application/rss+xml": `/feed.xml${feedQuery}`,
      "application/atom+xml": `/atom.xml${feedQuery}`,
    }),
    openGraph: { type: "website", title, description, ...localeOpenGraph(locale, path) },
  };
}

/**
 * Browse page (`/zh`, `/en`): published roles filtered by the URL's parameters (contract: lib/roles/query.ts),
 * parsed and answered exactly as `GET /api/roles` does. Invalid parameters show a message and the unfiltered
 * list. The result list is also a GET form to `/compare`: ticking 2–4 cards and submitting compares them (with
 * JavaScript, the ticks are one stored selection across pages and filters: lib/roles/compare-store.ts).
 */
export default async function BrowsePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("browse");
  const parsed = parseRoleQuery(await searchParams, titleOrderFor(locale));
  const { query } = parsed;
  const result = await listPublishedRoles(query, { correct: true });
  const [openingCounts, openingsTotal] = await Promise.all([countCurrentOpeningsByRole(result.items.map((r) => r.slug)), getCurrentOpeningsTotal()]);
  // Links from cards and the form's key use the page number, not the cursor (stable, readable URLs).
  const listQuery = roleQueryString({ ...query, cursor: null });
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const first = (query.page - 1) * query.pageSize + 1;
  const last = first + result.items.length - 1;
  const filters = describeFilters(query, locale);
  const highlight = searchPlan(result.correction?.q ?? query.q).pieces;
  const help = result.total === 0 ? await roleZeroResultHelp(query, result) : null;

  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <aside>
        <FiltersPanel active={activeFilters(roleQueryToSearchParams(query))}>
          <FilterForm key={listQuery} query={query} facets={result.facets} action={localePath(locale, "/")} />
        </FiltersPanel>
      </aside>
      <section id="results" aria-labelledby="results-heading">
        <h1 id="results-heading" className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="mt-1 text-sm" data-testid="home-jobs-link">
          {t("toJobs.lead")}{" "}
          <Link href="/jobs" className="font-medium text-blue-700 underline dark:text-blue-300">{t("toJobs.link", { count: openingsTotal })}</Link>
        </p>
        {!parsed.ok && <QueryErrors issues={parsed.issues} />}
        <p role="status" aria-live="polite" className="mt-2 text-slate-700 dark:text-slate-300" data-testid="result-count">
          {t("resultCount", { count: result.total })}
          {result.items.length > 0 && result.total > result.items.length && ` · ${t("showing", { first, last })}`}
        </p>
        <UpdatingNote />
        {result.correction && (
          <SpellingNotice
            correction={result.correction}
            insteadHref={`/${roleQueryString({ ...query, cursor: null, page: 1, q: result.correction.original, exact: true })}`}
          />
        )}
        <div className="mt-3">
          <ActiveFilters query={query} />
        </div>

        {result.total === 0 ? (
          <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
            <p className="font-medium">{t("empty.title", { filters })}</p>
            <p className="mt-1 text-sm">{t("empty.hint")}</p>
            {help && (
              <ZeroResultsHelp
                drops={help.drops.map((d) => ({ filter: d.filter, count: d.count, href: `/${roleQueryString(d.query)}` }))}
                spelling={help.spelling && { q: help.spelling.q, count: help.spelling.count, href: `/${roleQueryString(help.spelling.query)}` }}
              />
            )}
          </div>
        ) : result.items.length === 0 ? (
          <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
            <p className="font-medium">{t("empty.pastEnd", { page: query.page, pages })}</p>
            <Link href={`/${roleQueryString({ ...query, cursor: null, page: pages })}`} className="text-blue-700 underline dark:text-blue-300">
              {t("empty.goToPage", { page: pages })}
            </Link>
          </div>
        ) : (
          <form method="get" action={localePath(locale, "/compare")} aria-label={t("compare.submit")} data-testid="compare-form">
            <ul className="mt-4 grid gap-4 lg:grid-cols-2" data-testid="role-list" data-stale-while-busy>
              {result.items.map((role) => (
                <li key={role.slug}>
                  <RoleCard role={role} listQuery={listQuery} comparable openings={openingCounts.get(role.slug) ?? 0} highlight={highlight} />
                </li>
              ))}
            </ul>
            <CompareControls className="mt-4 flex flex-wrap items-center gap-3 text-sm" />
          </form>
        )}
        <Pagination query={query} total={result.total} nextCursor={result.nextCursor} />
      </section>
    </div>
  );
}
