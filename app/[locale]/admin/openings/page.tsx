import type { Metadata } from "next";
import { LocalTime } from "@/components/ui/local-time";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OpeningFilterForm } from "@/components/admin/openings/opening-filter-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { bilingual } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listAdminOpenings, listRoleChoices } from "@/lib/openings/admin/data";
import { adminOpeningQueryString, parseAdminOpeningQuery } from "@/lib/openings/admin/query";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "Openings" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.openings.list" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Admin openings list (`/zh/admin/openings`): openings in every state (listAdminOpenings), most recently changed
 * first, filtered by status, keyword and role (lib/openings/admin/query.ts), paged. Titles in the page's language
 * first, the other beside. Editors and admins; anyone else is sent to sign in (and back here afterwards).
 */
export default async function AdminOpeningsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseAdminOpeningQuery(await searchParams);
  const actor = await staffOrSignIn(`/admin/openings${adminOpeningQueryString(query)}`);
  const [t, format, result, roles] = await Promise.all([getTranslations("admin"), getFormatter(), listAdminOpenings(query), listRoleChoices()]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));

  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <aside>
        <OpeningFilterForm key={adminOpeningQueryString(query)} query={query} counts={result.statusCounts} roles={roles} action={localePath(locale, "/admin/openings")} />
      </aside>
      <section aria-labelledby="openings-heading">
        <div className="flex flex-wrap items-baseline gap-4">
          <h1 id="openings-heading" className="text-2xl font-semibold">{t("openings.list.heading")}</h1>
          <Link href="/admin/openings/new" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">{t("openings.list.newOpening")}</Link>
          {roleAtLeast(actor.role, "admin") && <Link href="/admin/openings/import" className="text-sm underline">{t("openings.list.importExport")}</Link>}
        </div>
        <p role="status" className="mt-2 text-slate-700 dark:text-slate-300" data-testid="admin-openings-count">
          {t("openings.list.count", { count: result.total })}
        </p>
        {result.items.length === 0 ? (
          <p className="mt-4 text-slate-600 dark:text-slate-400">{t("openings.list.empty")}</p>
        ) : (
          <table className="mt-4 w-full text-left text-sm" data-testid="admin-openings">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th className="py-2 pr-3">{t("openings.list.columns.title")}</th>
                <th className="py-2 pr-3">{t("openings.list.columns.role")}</th>
                <th className="py-2 pr-3">{t("openings.list.columns.employer")}</th>
                <th className="py-2 pr-3">{t("openings.list.columns.status")}</th>
                <th className="py-2 pr-3">{t("openings.list.columns.posted")}</th>
                <th className="py-2 pr-3">{t("openings.list.columns.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((o) => {
                const title = bilingual(o.titleEn, o.titleZh, locale);
                const role = bilingual(o.role.titleEn, o.role.titleZh, locale);
                return (
                  <tr key={o.id} className="border-b border-slate-200 align-top dark:border-slate-800" data-slug={o.slug}>
                    <td className="py-2 pr-3">
                      <Link href={`/admin/openings/${o.id}`} lang={title.primary?.lang} className="font-medium text-blue-800 underline dark:text-blue-300">
                        {title.primary?.text ?? o.slug}
                      </Link>
                      {title.secondary && <span lang={title.secondary.lang} className="ml-2 text-slate-600 dark:text-slate-400">{title.secondary.text}</span>}
                      <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{o.slug}</span>
                    </td>
                    <td className="py-2 pr-3" lang={role.primary?.lang}>{role.primary?.text ?? o.role.slug}</td>
                    <td className="py-2 pr-3">{o.employerName}</td>
                    <td className="py-2 pr-3">
                      <StatusBadge status={o.status} deleted={o.deleted} />
                      {o.expired && !o.deleted && <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">{t("openings.list.expired")}</span>}
                    </td>
                    <td className="py-2 pr-3 tabular-nums">{o.datePosted}</td>
                    <td className="py-2 pr-3 tabular-nums">
                      <LocalTime dateTime={o.updatedAt.toISOString()} utcText={t("time.utc", { time: format.dateTime(o.updatedAt, "dateTime") })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {pages > 1 && (
          <nav aria-label={t("list.pagination.label")} className="mt-4 flex gap-3">
            {query.page > 1 && <Link href={`/admin/openings${adminOpeningQueryString({ ...query, page: query.page - 1 })}`} className="underline">{t("list.pagination.previous")}</Link>}
            <span>{t("list.pagination.page", { page: query.page, pages })}</span>
            {query.page < pages && <Link href={`/admin/openings${adminOpeningQueryString({ ...query, page: query.page + 1 })}`} className="underline">{t("list.pagination.next")}</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
