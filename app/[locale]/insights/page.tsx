import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PayChart } from "@/components/insights/pay-chart";
import { OpeningsInsights } from "@/components/jobs/openings-insights";
import { RoleMatrix } from "@/components/insights/role-matrix";
import { localeAlternates, localeOpenGraph } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { COMPARE_MAX, COMPARE_MIN } from "@/lib/roles/compare";
import { getMonthlyByHorizon, getOpeningsMatrix, getPayByTier } from "@/lib/openings/cached";
import { getRoleMatrix } from "@/lib/roles/cached";

type Params = Promise<{ locale: AppLocale }>;

// Read from the database on every request: the matrix follows publishing at once.
export const dynamic = "force-dynamic";

/** Translated title and description, canonical `/<locale>/insights` with hreflang alternates, Open Graph. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "insights" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  const title = t("metaTitle");
  const description = t("metaDescription");
  return {
    title,
    description,
    alternates: localeAlternates(locale, "/insights"),
    openGraph: { type: "website", title, description, siteName: common("siteName"), ...localeOpenGraph(locale, "/insights") },
  };
}

/**
 * `/[locale]/insights` — the tier × horizon matrix of published roles (getRoleMatrix, counts exact, names linked
 * in the page's language first, roles selectable for /compare) and the article's entry-level pay figures
 * (lib/insights/pay.ts) as an SVG bar chart with a data table; and the openings: per tier × horizon, pay per tier,
 * openings posted per month per horizon (lib/openings/stats.ts). UI text from the `insights` messages.
 * Server-rendered; takes no parameters.
 */
export default async function InsightsPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, common, cells, openingsMatrix, payByTier, byHorizon] = await Promise.all([
    getTranslations("insights"),
    getTranslations("common"),
    getRoleMatrix(),
    getOpeningsMatrix(),
    getPayByTier(),
    getMonthlyByHorizon(),
  ]);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-xl font-semibold">{t("matrix.heading")}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t("matrix.intro", { notSpecified: common("tier.unspecified"), min: COMPARE_MIN, max: COMPARE_MAX })}
        </p>
        <RoleMatrix cells={cells} />
      </section>
      <OpeningsInsights matrix={openingsMatrix} payByTier={payByTier} byHorizon={byHorizon} />
      <section aria-labelledby="pay-heading">
        <h2 id="pay-heading" className="text-xl font-semibold">{t("pay.heading")}</h2>
        <PayChart />
      </section>
    </div>
  );
}
