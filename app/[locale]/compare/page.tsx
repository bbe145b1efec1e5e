import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { CompareTable } from "@/components/roles/compare-table";
import { localeAlternates, localeOpenGraph } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { COMPARE_MAX, COMPARE_MIN, parseCompareQuery } from "@/lib/roles/compare";
import { localizeIssue } from "@/lib/roles/issue-messages";
import { getPublishedRolesBySlugs } from "@/lib/roles/data";

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
 * fewer than two roles remain): the parser's own explanations stay English (`lang="en"`), an unknown slug is
 * explained in the page's language. Never a server error. Without enough roles, a hint links to the three places
 * roles can be picked: the browse list, the insights matrix and the saved roles.
 */
export default async function ComparePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("compare");
  const parsed = parseCompareQuery(await searchParams);
  const roles = parsed.ok ? await getPublishedRolesBySlugs(parsed.slugs) : [];
  const missing = parsed.ok ? parsed.slugs.filter((s) => !roles.some((r) => r.slug === s)) : [];
  const problems: { parameter: string; message: string; lang?: string }[] = parsed.ok
    ? missing.map((s) => ({ parameter: "roles", message: t("problems.unknownSlug", { slug: s }) }))
    : parsed.issues
        .map((i) => {
          const { text, lang } = localizeIssue(i, locale);
          return { parameter: i.parameter, message: text, lang };
        })
        // Chinese pages explain per parameter, so several issues can read the same: show each text once.
        .filter((p, i, all) => all.findIndex((q) => q.parameter === p.parameter && q.message === p.message) === i);
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
            {problems.map((p) => (
              <li key={p.message}>
                <code>{p.parameter}</code>: <span lang={p.lang}>{p.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {roles.length >= COMPARE_MIN ? (
        <CompareTable roles={roles} />
      ) : (
        <p className="mt-4">
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
