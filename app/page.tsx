import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters, describeFilters } from "@/components/roles/active-filters";
import { FilterForm } from "@/components/roles/filter-form";
import { Pagination } from "@/components/roles/pagination";
import { QueryErrors } from "@/components/roles/query-errors";
import { RoleCard } from "@/components/roles/role-card";
import { listPublishedRoles } from "@/lib/roles/data";
import { parseRoleQuery, roleQueryString } from "@/lib/roles/query";
import { SITE_NAME } from "@/lib/site";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Canonical URL: the parsed query in canonical form (page number, never a cursor; `/` for invalid parameters),
 * Open Graph, and the RSS/Atom feeds of the same filters as alternates.
 */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseRoleQuery(await searchParams);
  const canonical = `/${parsed.ok ? roleQueryString({ ...parsed.query, cursor: null }) : ""}`;
  // The feeds take the filters only: they have their own order (newest) and first page.
  const { tier, horizon, q } = parsed.query;
  const feedQuery = roleQueryString({ tier, horizon, q });
  const title = "Emerging AI roles · 新兴 AI 岗位";
  const description = "Browse emerging AI roles by skill tier and emergence horizon, in Chinese and English. 按技能层级和出现时间浏览新兴 AI 岗位。";
  return {
    title,
    description,
    alternates: {
      canonical,
      types: { "application/rss+xml": `/feed.xml${feedQuery}`, "application/atom+xml": `/atom.xml${feedQuery}` },
    },
    openGraph: { type: "website", title, description, url: canonical, siteName: SITE_NAME, locale: "en_US", alternateLocale: ["zh_CN"] },
  };
}

/**
 * Browse page (`/`): published roles filtered by the URL's parameters (contract: lib/roles/query.ts), parsed
 * and answered exactly as `GET /api/roles` does. Invalid parameters show a message and the unfiltered list.
 */
export default async function BrowsePage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseRoleQuery(await searchParams);
  const { query } = parsed;
  const result = await listPublishedRoles(query);
  // Links from cards and the form's key use the page number, not the cursor (stable, readable URLs).
  const listQuery = roleQueryString({ ...query, cursor: null });
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const first = (query.page - 1) * query.pageSize + 1;
  const last = first + result.items.length - 1;

  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <aside>
        <FilterForm key={listQuery} query={query} facets={result.facets} />
      </aside>
      <section id="results" aria-labelledby="results-heading">
        <h1 id="results-heading" className="text-2xl font-semibold">
          Emerging AI roles <span lang="zh-CN" className="font-normal">新兴 AI 岗位</span>
        </h1>
        {!parsed.ok && <QueryErrors issues={parsed.issues} />}
        <p role="status" aria-live="polite" className="mt-2 text-slate-700 dark:text-slate-300" data-testid="result-count">
          {result.total === 1 ? "1 role" : `${result.total} roles`}
          {result.items.length > 0 && result.total > result.items.length && ` · showing ${first}–${last}`}
        </p>
        <div className="mt-3">
          <ActiveFilters query={query} />
        </div>

        {result.total === 0 ? (
          <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
            <p className="font-medium">No roles match {describeFilters(query)}.</p>
            <p className="mt-1 text-sm">Try removing a filter or a word from the keyword.</p>
          </div>
        ) : result.items.length === 0 ? (
          <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
            <p className="font-medium">There is no page {query.page}; the results end at page {pages}.</p>
            <Link href={`/${roleQueryString({ ...query, cursor: null, page: pages })}`} className="text-blue-700 underline dark:text-blue-300">
              Go to page {pages}
            </Link>
          </div>
        ) : (
          <ul className="mt-4 grid gap-4 lg:grid-cols-2" data-testid="role-list">
            {result.items.map((role) => (
              <li key={role.slug}>
                <RoleCard role={role} listQuery={listQuery} />
              </li>
            ))}
          </ul>
        )}
        <Pagination query={query} total={result.total} nextCursor={result.nextCursor} />
      </section>
    </div>
  );
}
