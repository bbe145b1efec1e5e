import { useLocale, useTranslations } from "next-intl";
import { FallbackNotice, LocalizedBlock } from "@/components/ui/bilingual";
import { SaveButton } from "@/components/saved/save-button";
import { CompareCheckbox } from "./compare-checkbox";
import { Highlighted } from "@/components/search/highlighted";
import { bilingual } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import type { RoleListItem } from "@/lib/roles/types";

/**
 * One role in the browse list: title and summary in the page's language first, the other language beside (or a
 * visible notice when the page's language has none), tier and horizon badges, a save toggle, and, when
 * `comparable`, a "Compare" checkbox (CompareCheckbox: `roles=<slug>`, bound to the stored selection); with `openings`, how many
 * current openings the role has, linked to the jobs page filtered to it. The title link carries the list's query
 * so the detail page can link back to it. `highlight`: the keyword's pieces (searchPlan), marked in titles and
 * summaries.
 */
export function RoleCard({
  role,
  listQuery,
  comparable = false,
  openings,
  highlight,
}: {
  role: RoleListItem;
  listQuery: string;
  comparable?: boolean;
  openings?: number;
  highlight?: readonly string[];
}) {
  const locale = useLocale();
  const t = useTranslations("browse.compare");
  const jobs = useTranslations("jobs.card");
  const title = bilingual(role.titleEn, role.titleZh, locale);
  const summary = bilingual(role.summaryEn, role.summaryZh, locale);
  const name = title.primary?.text ?? role.slug;
  return (
    <article id={`role-${role.slug}`} className="h-full scroll-mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <Link href={`/roles/${role.slug}${listQuery}`} lang={title.primary?.lang} className="text-blue-800 hover:underline dark:text-blue-300">
            <Highlighted text={name} pieces={highlight} />
          </Link>
        </h2>
        <div className="flex shrink-0 items-center gap-2">
          {comparable && <CompareCheckbox slug={role.slug} label={t("pick")} ariaLabel={t("pickLabel", { name })} />}
          <SaveButton role={{ slug: role.slug, titleEn: role.titleEn, titleZh: role.titleZh }} name={name} nameLang={title.primary?.lang} />
        </div>
      </div>
      {title.secondary && (
        <p lang={title.secondary.lang} className="text-slate-700 dark:text-slate-300">
          <Highlighted text={title.secondary.text} pieces={highlight} />
        </p>
      )}
      {title.primary?.fallback && <FallbackNotice locale={title.primary.locale} />}
      <RoleBadges tier={role.tier} horizon={role.horizon} />
      {summary.primary && (
        <LocalizedBlock
          value={summary.primary}
          render={(text, lang) => (
            <p lang={lang} className="mt-2 text-sm">
              <Highlighted text={text} pieces={highlight} />
            </p>
          )}
        />
      )}
      {summary.secondary && (
        <p lang={summary.secondary.lang} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <Highlighted text={summary.secondary.text} pieces={highlight} />
        </p>
      )}
      {openings !== undefined && (
        <p className="mt-2 text-sm" data-testid="role-card-openings">
          {openings > 0 ? (
            <Link href={`/jobs?role=${role.slug}`} className="text-blue-700 underline dark:text-blue-300">{jobs("roleOpenings", { count: openings })}</Link>
          ) : (
            <span className="text-slate-600 dark:text-slate-400">{jobs("roleOpenings", { count: 0 })}</span>
          )}
        </p>
      )}
    </article>
  );
}

/**
 * Tier and horizon as labelled badges, in the page's language; each label links to the page that explains its
 * axis (/about/axes#tier, #horizon).
 */
export function RoleBadges({ tier, horizon }: Pick<RoleListItem, "tier" | "horizon">) {
  const t = useTranslations("browse.badges");
  const common = useTranslations("common");
  return (
    <dl className="keep-words mt-2 flex flex-wrap gap-2 text-xs">
      <div className="rounded bg-indigo-50 px-2 py-0.5 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100">
        <dt className="inline"><Link href="/about/axes#tier" className="underline decoration-dotted underline-offset-2" data-testid="axis-link">{t("tier")}</Link> </dt>
        <dd className="inline" data-tier={tier}>{common(`tier.${tier}`)}</dd>
      </div>
      <div className="rounded bg-emerald-50 px-2 py-0.5 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
        <dt className="inline"><Link href="/about/axes#horizon" className="underline decoration-dotted underline-offset-2" data-testid="axis-link">{t("horizon")}</Link> </dt>
        <dd className="inline" data-horizon={horizon}>{common(`horizon.${horizon}`)}</dd>
      </div>
    </dl>
  );
}
