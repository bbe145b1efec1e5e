import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OpeningCard } from "@/components/jobs/opening-card";
import { LocationText, SalaryText } from "@/components/jobs/opening-facts";
import { Markdown } from "@/components/roles/markdown";
import { RoleBadges } from "@/components/roles/role-card";
import { bilingual } from "@/lib/i18n/content";
import { localeAlternates, localeOpenGraph, localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getPublishedOpening, listSimilarOpenings } from "@/lib/openings/cached";
import { jobPostingJsonLd } from "@/lib/openings/seo";
import { jsonLdText } from "@/lib/roles/seo";
import { siteUrl } from "@/lib/site";

interface Props {
  params: Promise<{ locale: AppLocale; slug: string }>;
}

/**
 * Metadata of an opening's page: "title · employer", its description's start, canonical `/<locale>/jobs/<slug>`
 * with hreflang alternates, Open Graph. A closed (expired) opening is `noindex`; an unknown slug gets a "not
 * found" title. Data: getPublishedOpening.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [t, common, opening] = await Promise.all([
    getTranslations({ locale, namespace: "role" }),
    getTranslations({ locale, namespace: "common" }),
    getPublishedOpening(slug),
  ]);
  if (!opening) return { title: t("metaNotFound"), robots: { index: false } };
  const names = bilingual(opening.titleEn, opening.titleZh, locale);
  const title = `${names.primary?.text ?? opening.slug} · ${opening.employerName}`;
  const description = (bilingual(opening.descriptionEn, opening.descriptionZh, locale).primary?.text ?? "").slice(0, 200) || undefined;
  const path = `/jobs/${opening.slug}`;
  return {
    title,
    description,
    alternates: localeAlternates(locale, path),
    openGraph: { type: "article", title, description, siteName: common("siteName"), ...localeOpenGraph(locale, path) },
    ...(opening.expired ? { robots: { index: false } } : {}),
  };
}

/**
 * One published opening (`/[locale]/jobs/[slug]`): the whole posting, its apply link (an http(s) URL, or mailto:),
 * the role it belongs to (tier, horizon), similar current openings of the same role, and schema.org JobPosting
 * JSON-LD (lib/openings/seo.ts). An expired opening keeps its page, marked closed, without the apply link and
 * without JobPosting markup. Unknown slug (or a draft, deleted one, or one whose role is not public) → 404.
 */
export default async function OpeningPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const opening = await getPublishedOpening(slug);
  if (!opening) notFound();
  const [t, common, format, similar, site] = await Promise.all([
    getTranslations("jobs"),
    getTranslations("common"),
    getFormatter(),
    listSimilarOpenings(opening),
    siteUrl(),
  ]);
  const url = `${site}${localePath(locale, `/jobs/${opening.slug}`)}`;
  const title = bilingual(opening.titleEn, opening.titleZh, locale);
  const description = bilingual(opening.descriptionEn, opening.descriptionZh, locale);
  const role = bilingual(opening.role.titleEn, opening.role.titleZh, locale);
  const validDate = format.dateTime(new Date(`${opening.validThrough}T00:00:00Z`), "date");
  const isEmail = opening.applyUrl.toLowerCase().startsWith("mailto:");

  return (
    <article className="max-w-3xl" data-testid="opening">
      {!opening.expired && (
        // Escaped by jsonLdText: no value can end the script element.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jobPostingJsonLd(opening, url, locale, common("siteName"))) }} />
      )}
      <p>
        <Link href="/jobs" className="text-blue-700 underline dark:text-blue-300">{t("detail.backToJobs")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-semibold" lang={title.primary?.lang}>{title.primary?.text ?? opening.slug}</h1>
      {title.secondary && <p className="text-lg text-slate-700 dark:text-slate-300" lang={title.secondary.lang}>{title.secondary.text}</p>}
      <p className="mt-1 text-lg font-medium">{opening.employerName}</p>

      {opening.expired ? (
        <div role="status" className="mt-4 rounded border border-slate-400 bg-slate-100 p-3 dark:bg-slate-900" data-testid="opening-closed">
          <p className="font-medium">{t("detail.closed")}</p>
          <p className="text-sm">{t("detail.closedHint", { date: validDate, zone: opening.timeZone })}</p>
        </div>
      ) : (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <a href={opening.applyUrl} rel="nofollow noopener" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800" data-testid="apply-link">
            {isEmail ? t("detail.applyEmail") : t("detail.apply")}
          </a>
          <span className="text-sm text-slate-700 dark:text-slate-300">{t("detail.openUntil", { date: validDate, zone: opening.timeZone })}</span>
        </div>
      )}

      <section aria-labelledby="facts-heading" className="mt-6">
        <h2 id="facts-heading" className="sr-only">{t("detail.facts")}</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("detail.location")}</dt><dd><LocationText opening={opening} /></dd>
          <dt className="font-medium">{t("detail.workplace")}</dt><dd>{t(`workplace.${opening.workplaceType}`)}</dd>
          <dt className="font-medium">{t("detail.employment")}</dt><dd>{t(`employment.${opening.employmentType}`)}</dd>
          <dt className="font-medium">{t("detail.experience")}</dt><dd>{t(`experience.${opening.experienceLevel ?? "unspecified"}`)}</dd>
          <dt className="font-medium">{t("detail.salary")}</dt><dd><SalaryText salary={opening.salary} /></dd>
          <dt className="font-medium">{t("detail.datePosted")}</dt>
          <dd><time dateTime={opening.datePosted}>{format.dateTime(new Date(`${opening.datePosted}T00:00:00Z`), "date")}</time></dd>
          {opening.employerUrl && (
            <>
              <dt className="font-medium">{t("detail.employerSite")}</dt>
              <dd><a href={opening.employerUrl} rel="nofollow noopener" className="text-blue-700 underline dark:text-blue-300">{new URL(opening.employerUrl).host}</a></dd>
            </>
          )}
          <dt className="font-medium">{t("detail.role")}</dt>
          <dd>
            <Link href={`/roles/${opening.role.slug}`} lang={role.primary?.lang} className="text-blue-700 underline dark:text-blue-300" data-testid="opening-role">
              {role.primary?.text ?? opening.role.slug}
            </Link>
            <RoleBadges tier={opening.role.tier} horizon={opening.role.horizon} />
          </dd>
        </dl>
      </section>

      <section aria-labelledby="description-heading" className="mt-6">
        <h2 id="description-heading" className="text-lg font-semibold">{t("detail.description")}</h2>
        {description.primary ? (
          <>
            <Markdown lang={description.primary.lang} className="prose-sm mt-2">{description.primary.text}</Markdown>
            {description.secondary && <Markdown lang={description.secondary.lang} className="prose-sm mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">{description.secondary.text}</Markdown>}
          </>
        ) : (
          <p className="mt-2 text-sm">{t("detail.noDescription")}</p>
        )}
      </section>

      <p className="mt-6">
        <Link href={`/jobs?role=${opening.role.slug}`} className="text-blue-700 underline dark:text-blue-300">{t("detail.roleLink")}</Link>
      </p>
      {similar.length > 0 && (
        <section aria-labelledby="similar-heading" className="mt-8">
          <h2 id="similar-heading" className="text-lg font-semibold">{t("detail.similar")}</h2>
          <ul className="mt-2 grid gap-4 sm:grid-cols-2">
            {similar.map((s) => <li key={s.slug}><OpeningCard opening={s} /></li>)}
          </ul>
        </section>
      )}
    </article>
  );
}
