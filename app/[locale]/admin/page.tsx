import type { Metadata } from "next";
import { LocalTime } from "@/components/ui/local-time";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminFilterForm } from "@/components/admin/admin-filter-form";
import { AlertsOverview } from "@/components/admin/alerts-overview";
import { StatusBadge } from "@/components/admin/status-badge";
import { QueryErrors } from "@/components/roles/query-errors";
import { staffOrSignIn } from "@/lib/auth/page";
import { bilingual } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listAdminRoles } from "@/lib/roles/admin/data";
import { adminRoleQueryString, parseAdminRoleQuery } from "@/lib/roles/admin/query";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Title "Listings · Admin · AI Jobs Atlas" in the page's language, like every other admin page; never indexed.
 * Spelled out in full (`absolute`): the admin layout's title template applies to the pages below it, not to this
 * page, which sits in the layout's own segment.
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  return { title: { absolute: `${t("list.metaTitle")} · ${t("meta.title")} · ${common("siteName")}` }, robots: { index: false } };
}

/**
 * Admin list (`/zh/admin`, `/en/admin`): listings in every state (listAdminRoles), with the public page's filters
 * and search plus `status` (lib/roles/admin/query.ts). Titles in the page's language first, the other beside.
 * Editors and admins; anyone else is sent to sign in (and back here afterwards).
 */
export default async function AdminPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const parsed = parseAdminRoleQuery(sp);
  await staffOrSignIn(`/admin${adminRoleQueryString(parsed.query)}`);
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const { query } = parsed;
  const result = await listAdminRoles(query);
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));

  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <aside>
        <AdminFilterForm key={adminRoleQueryString(query)} query={query} facets={result.facets} action={localePath(locale, "/admin")} />
      </aside>
      <section aria-labelledby="admin-heading" className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-4">
          <h1 id="admin-heading" className="text-2xl font-semibold">{t("list.heading")}</h1>
          <Link href="/admin/roles/new" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("list.newListing")}</Link>
        </div>
        {!parsed.ok && <QueryErrors issues={parsed.issues} />}
        <p role="status" className="mt-2 text-slate-700 dark:text-slate-300" data-testid="admin-count">
          {t("list.count", { count: result.total })}
        </p>
        {/* On a narrow screen the table scrolls inside its box, never the whole page. */}
        <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="admin-list">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th className="py-2 pr-3">{t("list.columns.title")}</th>
              <th className="py-2 pr-3">{t("list.columns.status")}</th>
              <th className="py-2 pr-3">{t("list.columns.slug")}</th>
              <th className="py-2 pr-3">{t("list.columns.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((r) => {
              const title = bilingual(r.titleEn, r.titleZh, locale);
              return (
                <tr key={r.id} className="border-b border-slate-200 dark:border-slate-800">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/roles/${r.id}`} lang={title.primary?.lang} className="font-medium text-blue-800 underline dark:text-blue-300">
                      {title.primary?.text ?? r.slug}
                    </Link>
                    {title.secondary && <span lang={title.secondary.lang} className="ml-2 text-slate-600 dark:text-slate-400">{title.secondary.text}</span>}
                  </td>
                  <td className="py-2 pr-3"><StatusBadge status={r.status} deleted={r.deleted} /></td>
                  <td className="py-2 pr-3 font-mono text-xs break-all">{r.slug}</td>
                  <td className="py-2 pr-3 tabular-nums">
                    <LocalTime dateTime={r.updatedAt.toISOString()} utcText={t("time.utc", { time: format.dateTime(r.updatedAt, "dateTime") })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
        {pages > 1 && (
          <nav aria-label={t("list.pagination.label")} className="mt-4 flex gap-3">
            {query.page > 1 && (
              <Link href={`/admin${adminRoleQueryString({ ...query, page: query.page - 1 })}`} className="underline">{t("list.pagination.previous")}</Link>
            )}
            <span>{t("list.pagination.page", { page: query.page, pages })}</span>
            {query.page < pages && (
              <Link href={`/admin${adminRoleQueryString({ ...query, page: query.page + 1 })}`} className="underline">{t("list.pagination.next")}</Link>
            )}
          </nav>
        )}
        <AlertsOverview />
      </section>
    </div>
  );
}
