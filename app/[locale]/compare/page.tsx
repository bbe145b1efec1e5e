import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { CompareTable } from "@/components/roles/compare-table";
import { localeAlternates, localeOpenGraph } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { COMPARE_MAX, COMPARE_MIN, parseCompareQuery } from "@/lib/roles/compare";
import { getPublishedRolesBySlugs } from "@/lib/roles/cached";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The locale-free path of a comparison: `/compare?roles=a&roles=b` for a valid `roles` list (parsed by
 * lib/roles/compare.ts, so the order is the one given and repeats are dropped), plain `/compare` otherwise.
 */
function comparePath(params: Record<string, string | string[] | undefined>): string {
  const parsed = parseCompareQuery(params);
  if (!parsed.ok) return "/compare";
  const query = new URLSearchParams(parsed.slugs.map((s) => ["roles", s])).toString();
  return `/compare?${query}`;
}

/**
 * Translated title and description, canonical and hreflang alternates on the comparison's own URL (its `roles`
 * in canonical form), Open Graph. Not indexed (a comparison is a personal selection), links still followed.
 */
export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "compare" });
  const path = comparePath(await searchParams);
  const title = t("metaTitle");
  const description = t("metaDescription");
  return {
    title,
    description,
    robots: { index: false, follow: true },
    alternates: localeAlternates(locale, path),
    openGraph: { type: "website", title, description, ...localeOpenGraph(locale, path) },
  };
}

/**
 * `/[locale]/compare?roles=<slug>&roles=<slug>` (2–4 distinct slugs, lib/roles/compare.ts): the roles side by side
 * (getPublishedRolesBySlugs; CompareTable shows role content in the page's language first). Invalid parameters, or
 * slugs with no published role, are listed under a translated lead line above the table (or instead of it when
 * fewer than two roles remain), in plain words of the page's language: none picked yet, only one, more than four,
 * a value that is no role's address, a role we do not have, a setting the page does not use. Never a server error.
 * Without enough roles, a hint links to the three places roles can be picked: the browse list, the insights matrix
 * and the saved roles.
 */
export default async function ComparePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("compare");
  const parsed = parseCompareQuery(await searchParams);
  const roles = parsed.ok ? await getPublishedRolesBySlugs(parsed.slugs) : [];
  const missing = parsed.ok ? parsed.slugs.filter((s) => !roles.some((r) => r.slug === s)) : [];
  const problems: string[] = parsed.ok
    ? missing.map((slug) => t("problems.unknownSlug", { slug }))
    : [
        ...parsed.malformed.map((value) => t("problems.notASlug", { value })),
        ...(parsed.malformed.length === 0 && parsed.count === 1 ? [t("problems.onlyOne", { min: COMPARE_MIN })] : []),
        ...(parsed.count > COMPARE_MAX ? [t("problems.tooMany", { count: parsed.count, max: COMPARE_MAX })] : []),
        ...(parsed.unknownParams.length > 0 ? [t("problems.unknownParam")] : []),
      ];
  // Nothing picked at all is not a mistake: the page just says so and where to pick.
  const nothingPicked = !parsed.ok && parsed.count === 0;
  const link = (href: string) => (chunks: ReactNode) => (
    <Link href={href} className="text-blue-700 underline dark:text-blue-300">{chunks}</Link>
  );

  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {problems.length > 0 && (
        <div role="alert" className="mt-4 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-medium">{t("problems.title")}</p>
          <ul className="mt-1 list-disc pl-6" data-testid="compare-issues">
            {problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        </div>
      )}
      {roles.length >= COMPARE_MIN ? (
        <CompareTable roles={roles} />
      ) : (
        <p className="mt-4" data-testid="compare-hint">
          {nothingPicked && <>{t("nothingPicked")} </>}
          {t.rich("pickHint", {
            min: COMPARE_MIN,
            max: COMPARE_MAX,
            browse: link("/"),
            matrix: link("/insights"),
            saved: link("/saved"),
          })}
        </p>
      )}
    </div>
  );
}
