import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { bilingual } from "@/lib/i18n/content";
import { localeAlternates, localeOpenGraph } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { ARTICLE, articleCounts } from "@/lib/roles/axes";
import { listAxesRoles } from "@/lib/roles/cached";
import { HORIZON_VALUES, TIER_VALUES } from "@/lib/roles/query";

type Params = Promise<{ locale: AppLocale }>;

// The review dates follow publishing at once.
export const dynamic = "force-dynamic";

/** Translated title and description, canonical `/<locale>/about/axes` with hreflang alternates, Open Graph. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "about" });
  const title = t("metaTitle");
  const description = t("metaDescription");
  return {
    title,
    description,
    alternates: localeAlternates(locale, "/about/axes"),
    openGraph: { type: "article", title, description, ...localeOpenGraph(locale, "/about/axes") },
  };
}

/**
 * `/[locale]/about/axes`: what "skill tier" and "emergence horizon" mean, where the values come from (the source
 * article, lib/roles/axes.ts, with how many roles it lists under each value), why some roles have none (the roles
 * the article leaves out of a list, named), and every published role's tier, horizon and last-reviewed date
 * (listAxesRoles), as O*NET publishes its Job Zones. Linked from every tier/horizon badge and filter legend
 * (anchors #tier, #horizon). UI text from the `about` messages, value labels from `common`.
 */
export default async function AxesPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, common, format, roles] = await Promise.all([getTranslations("about"), getTranslations("common"), getFormatter(), listAxesRoles()]);
  const counts = articleCounts();
  const name = (r: { titleEn: string; titleZh: string }) => bilingual(r.titleEn, r.titleZh, locale).primary?.text ?? "";
  const list = (rs: readonly { titleEn: string; titleZh: string }[]) => format.list(rs.map(name), { type: "conjunction" });
  const section = "mt-8 scroll-mt-4";
  const articleName = `「${ARTICLE.titleZh}」`;
  return (
    <article className="max-w-3xl" data-testid="axes-page">
      <h1 className="text-3xl font-semibold">{t("heading")}</h1>
      <p className="mt-3">
        {t("lead", { article: articleName, publisher: locale === "zh" ? ARTICLE.publisherZh : ARTICLE.publisherEn, date: format.dateTime(new Date(ARTICLE.date), "date") })}
      </p>
      <nav aria-label={t("contents")} className="mt-4 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {(["tier", "horizon", "source", "unspecified", "reviewed"] as const).map((id) => (
            <li key={id}><a href={`#${id}`} className="text-blue-700 underline dark:text-blue-300">{t(`${id}.heading`)}</a></li>
          ))}
        </ul>
      </nav>

      <section id="tier" aria-labelledby="tier-heading" className={section}>
        <h2 id="tier-heading" className="text-xl font-semibold">{t("tier.heading")}</h2>
        <p className="mt-2">{t("tier.body")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="axes-tier-values">
          {TIER_VALUES.map((v) => <li key={v}>{t("tier.value", { label: common(`tier.${v}`), count: counts.tier[v] })}</li>)}
        </ul>
      </section>

      <section id="horizon" aria-labelledby="horizon-heading" className={section}>
        <h2 id="horizon-heading" className="text-xl font-semibold">{t("horizon.heading")}</h2>
        <p className="mt-2">{t("horizon.body")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="axes-horizon-values">
          {HORIZON_VALUES.map((v) => <li key={v}>{t("horizon.value", { label: common(`horizon.${v}`), count: counts.horizon[v] })}</li>)}
        </ul>
      </section>

      <section id="source" aria-labelledby="source-heading" className={section}>
        <h2 id="source-heading" className="text-xl font-semibold">{t("source.heading")}</h2>
        <p className="mt-2">{t("source.body", { total: counts.total })}</p>
        <p className="mt-2">
          <a href={ARTICLE.url} lang="zh-CN" rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-300">
            {ARTICLE.titleZh}
          </a>{" "}
          <span className="text-sm text-slate-600 dark:text-slate-400">({t("source.link")})</span>
        </p>
      </section>

      <section id="unspecified" aria-labelledby="unspecified-heading" className={section}>
        <h2 id="unspecified-heading" className="text-xl font-semibold">{t("unspecified.heading")}</h2>
        <p className="mt-2">{t("unspecified.body")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="axes-unspecified">
          <li>{t("unspecified.noTier", { count: counts.noTier.length, names: list(counts.noTier) })}</li>
          <li>{t("unspecified.noHorizon", { count: counts.noHorizon.length, names: list(counts.noHorizon) })}</li>
        </ul>
      </section>

      <section id="reviewed" aria-labelledby="reviewed-heading" className={section}>
        <h2 id="reviewed-heading" className="text-xl font-semibold">{t("reviewed.heading")}</h2>
        <p className="mt-2">{t("reviewed.body")}</p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="axes-reviewed">
            <caption className="sr-only">{t("reviewed.caption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="px-2 py-1">{t("reviewed.role")}</th>
                <th scope="col" className="px-2 py-1">{t("reviewed.tier")}</th>
                <th scope="col" className="px-2 py-1">{t("reviewed.horizon")}</th>
                <th scope="col" className="px-2 py-1">{t("reviewed.date")}</th>
              </tr>
            </thead>
            <tbody>
              {roles.map((r) => {
                const title = bilingual(r.titleEn, r.titleZh, locale).primary;
                return (
                  <tr key={r.slug} className="border-b border-slate-200 dark:border-slate-800" data-slug={r.slug}>
                    <th scope="row" className="px-2 py-1 font-normal">
                      <Link href={`/roles/${r.slug}`} lang={title?.lang} className="text-blue-700 underline dark:text-blue-300">{title?.text ?? r.slug}</Link>
                    </th>
                    <td className="px-2 py-1" data-tier={r.tier}>{common(`tier.${r.tier}`)}</td>
                    <td className="px-2 py-1" data-horizon={r.horizon}>{common(`horizon.${r.horizon}`)}</td>
                    <td className="px-2 py-1 tabular-nums"><time dateTime={r.reviewedAt}>{format.dateTime(new Date(r.reviewedAt), "date")}</time></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
