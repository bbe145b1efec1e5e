import { useFormatter, useLocale, useTranslations } from "next-intl";
import { RoleBadges } from "@/components/roles/role-card";
import { Highlighted } from "@/components/search/highlighted";
import { bilingual } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import type { OpeningListItem } from "@/lib/openings/types";
import { LocationText, SalaryText } from "./opening-facts";

/**
 * One opening in a list: title (page language first, the other beside), employer, where, workplace and
 * employment type, pay as stated, when it was posted, and the role it belongs to with its tier and horizon.
 * `highlight`: the keyword's pieces (searchPlan), marked in the titles and the employer's name.
 */
export function OpeningCard({ opening, highlight }: { opening: OpeningListItem; highlight?: readonly string[] }) {
  const locale = useLocale();
  const t = useTranslations("jobs");
  const format = useFormatter();
  const title = bilingual(opening.titleEn, opening.titleZh, locale);
  const role = bilingual(opening.role.titleEn, opening.role.titleZh, locale);
  return (
    <article className="h-full rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="opening-card" data-slug={opening.slug}>
      <h2 className="text-lg font-semibold">
        <Link href={`/jobs/${opening.slug}`} lang={title.primary?.lang} className="text-blue-800 hover:underline dark:text-blue-300">
          <Highlighted text={title.primary?.text ?? opening.slug} pieces={highlight} />
        </Link>
      </h2>
      {title.secondary && (
        <p lang={title.secondary.lang} className="text-slate-700 dark:text-slate-300">
          <Highlighted text={title.secondary.text} pieces={highlight} />
        </p>
      )}
      <p className="mt-1 font-medium"><Highlighted text={opening.employerName} pieces={highlight} /></p>
      <p className="text-sm"><LocationText opening={opening} /></p>
      <p className="mt-1 text-sm">
        {t(`workplace.${opening.workplaceType}`)} · {t(`employment.${opening.employmentType}`)}
        {opening.experienceLevel && <> · {t(`experience.${opening.experienceLevel}`)}</>}
      </p>
      <p className="mt-1 text-sm"><SalaryText salary={opening.salary} /></p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <time dateTime={opening.datePosted}>{t("card.posted", { date: format.dateTime(new Date(`${opening.datePosted}T00:00:00Z`), "date") })}</time>
        {" · "}
        <Link href={`/roles/${opening.role.slug}`} lang={role.primary?.lang} className="underline">
          {t("card.role", { role: role.primary?.text ?? opening.role.slug })}
        </Link>
      </p>
      <RoleBadges tier={opening.role.tier} horizon={opening.role.horizon} />
    </article>
  );
}
