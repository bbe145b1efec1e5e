import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoleOpenings } from "@/components/jobs/role-openings";
import { CompareCheckbox } from "@/components/roles/compare-checkbox";
import { CompareControls } from "@/components/roles/compare-controls";
import { RoleArticle } from "@/components/roles/role-article";
import { SaveButton } from "@/components/saved/save-button";
import { FallbackNotice } from "@/components/ui/bilingual";
import { bilingual } from "@/lib/i18n/content";
import { localeAlternates, localeOpenGraph, localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getRoleOpeningsSummary, listRoleOpenings } from "@/lib/openings/cached";
import { getPublishedRole, listRelatedRoles } from "@/lib/roles/cached";
import { parseRoleQuery, roleQueryString, titleOrderFor } from "@/lib/roles/query";
import { currentSlugFor } from "@/lib/roles/redirects";
import { jsonLdText, occupationJsonLd } from "@/lib/roles/seo";
import { siteUrl } from "@/lib/site";

interface Props {
  params: Promise<{ locale: AppLocale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Metadata of a role page in the page's locale: the title (page language first, then the other, as the page shows
 * them: "Data Detective · 数据侦探" / "数据侦探 · Data Detective"), the summary in the page's language (the other's
 * when it has none) as description, canonical `/<locale>/roles/<slug>` without the list's query plus hreflang
 * alternates, and Open Graph. Data: getPublishedRole. An unknown slug gets a translated "not found" title, no
 * canonical and `noindex`.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, common, role] = await Promise.all([
    getTranslations({ locale, namespace: "role" }),
    getTranslations({ locale, namespace: "common" }),
    getPublishedRole(slug),
  ]);
  if (!role) return { title: t("metaNotFound"), robots: { index: false } };
  const names = bilingual(role.titleEn, role.titleZh, locale);
  const title = [names.primary?.text, names.secondary?.text].filter(Boolean).join(" · ");
  const description = bilingual(role.summaryEn, role.summaryZh, locale).primary?.text || undefined;
  const path = `/roles/${role.slug}`;
  return {
    title,
    description,
    alternates: localeAlternates(locale, path),
    openGraph: { type: "article", title, description, siteName: common("siteName"), ...localeOpenGraph(locale, path) },
  };
}

/**
 * One published role (`/[locale]/roles/[slug]`). Its query parameters are the browse list's it was opened from
 * (same contract as the browse page), used only for the "back to results" link (to `/<locale>?<query>`) and kept on
 * the related roles' links; invalid ones are ignored. An old slug of a renamed role redirects (308) to its current
 * one in the same locale, keeping the query; unknown slug → 404. Data: getPublishedRole, listRelatedRoles,
 * currentSlugFor, and for its openings getRoleOpeningsSummary and listRoleOpenings. The article (components/roles/role-article.tsx, shared with the admin preview) shows the page's
 * language first; the Occupation JSON-LD (lib/roles/seo.ts) states the same names and the locale-prefixed URL.
 * Under the badges, the cards' own Save button and Compare tick with the compare controls (a GET form to /compare;
 * with JavaScript the tick joins the stored selection, lib/roles/compare-store.ts).
 */
export default async function RolePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const role = await getPublishedRole(slug);
  if (!role) {
    const current = await currentSlugFor(slug);
    if (current) permanentRedirect(`/${locale}/roles/${current}${roleQueryString(parseRoleQuery(await searchParams, titleOrderFor(locale)).query)}`);
    notFound();
  }
  const t = await getTranslations("role");
  const compare = await getTranslations("browse.compare");
  const names = bilingual(role.titleEn, role.titleZh, locale);
  const name = names.primary?.text ?? role.slug;
  const list = parseRoleQuery(await searchParams, titleOrderFor(locale));
  const backQuery = list.ok ? roleQueryString(list.query) : "";
  const [related, site, summary, newest] = await Promise.all([
    listRelatedRoles(role),
    siteUrl(),
    getRoleOpeningsSummary(role.slug),
    listRoleOpenings(role.slug, 3),
  ]);
  const url = `${site}${localePath(locale, `/roles/${role.slug}`)}`;

  return (
    <>
      <script
        type="application/ld+json"
        // Escaped by jsonLdText: no value can end the script element.
        dangerouslySetInnerHTML={{ __html: jsonLdText(occupationJsonLd(role, url, locale, summary)) }}
      />
      <RoleArticle
        role={role}
        actions={
          <form method="get" action={localePath(locale, "/compare")} aria-label={compare("submit")} className="mt-4 space-y-2" data-testid="role-actions">
            <div className="flex flex-wrap items-center gap-3">
              <SaveButton role={{ slug: role.slug, titleEn: role.titleEn, titleZh: role.titleZh }} name={name} nameLang={names.primary?.lang} />
              <CompareCheckbox slug={role.slug} label={compare("pick")} ariaLabel={compare("pickLabel", { name })} />
            </div>
            <CompareControls />
          </form>
        }
        before={
          <p>
            <Link href={`/${backQuery}#role-${role.slug}`} className="text-blue-700 underline dark:text-blue-300" data-testid="back-to-results">
              {t("backToResults")}
            </Link>
          </p>
        }
      />
      <RoleOpenings roleSlug={role.slug} horizon={role.horizon} summary={summary} newest={newest} />
      {related.length > 0 && (
        <section className="mt-8 max-w-3xl" aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-lg font-semibold">{t("related.heading")}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("related.hint")}</p>
          <ul className="mt-2 space-y-1">
            {related.map((r) => {
              const title = bilingual(r.titleEn, r.titleZh, locale);
              return (
                <li key={r.slug}>
                  <Link href={`/roles/${r.slug}${backQuery}`} lang={title.primary?.lang} className="text-blue-700 underline dark:text-blue-300">
                    {title.primary?.text ?? r.slug}
                  </Link>
                  {title.secondary && <> <span lang={title.secondary.lang}>{title.secondary.text}</span></>}
                  {title.primary?.fallback && <FallbackNotice locale={title.primary.locale} />}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
