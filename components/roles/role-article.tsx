import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FallbackNotice, LocalizedBlock } from "@/components/ui/bilingual";
import { bilingual } from "@/lib/i18n/content";
import { PAY_SOURCE } from "@/lib/insights/pay";
import type { RoleDetail } from "@/lib/roles/types";
import { SEED_SOURCE_NAME } from "@/prisma/seed-data";
import { Markdown } from "./markdown";
import { RoleBadges } from "./role-card";

/**
 * One role in full, exactly as its public page shows it: title, badges, summary, Markdown description and the
 * source note. Role content (from the database's `…En`/`…Zh` columns) is shown in the page's language first
 * (`useLocale()`), the other language beneath it with its `lang`; a field with no text in the page's language
 * shows the other language behind a visible notice (lib/i18n/content.ts `bilingual`). Headings and notes come from
 * the `role` messages, tier and horizon labels from `common`. Used by `/[locale]/roles/[slug]` and by the admin
 * preview, so a preview is what visitors will see. `before` is rendered above the title (the public page's back
 * link), `actions` under the badges (the public page's save and compare controls). Works as a server component.
 */
export function RoleArticle({ role, before, actions }: { role: RoleDetail; before?: ReactNode; actions?: ReactNode }) {
  const locale = useLocale();
  const t = useTranslations("role");
  const title = bilingual(role.titleEn, role.titleZh, locale);
  const summary = bilingual(role.summaryEn, role.summaryZh, locale);
  const description = bilingual(role.descriptionEn, role.descriptionZh, locale);
  return (
    <article className="max-w-3xl">
      {before}
      <h1 className="mt-4 text-3xl font-semibold" lang={title.primary?.lang}>{title.primary?.text ?? role.slug}</h1>
      {title.secondary && <p lang={title.secondary.lang} className="text-xl text-slate-700 dark:text-slate-300">{title.secondary.text}</p>}
      {title.primary?.fallback && <FallbackNotice locale={title.primary.locale} />}
      <RoleBadges tier={role.tier} horizon={role.horizon} />
      {actions}
      {summary.primary && (
        <section className="mt-6" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="text-lg font-semibold">{t("summary")}</h2>
          <LocalizedBlock value={summary.primary} className="mt-1" />
          {summary.secondary && (
            <p lang={summary.secondary.lang} className="mt-1 text-slate-700 dark:text-slate-300">{summary.secondary.text}</p>
          )}
        </section>
      )}
      {description.primary && (
        <section className="mt-6" aria-labelledby="description-heading">
          <h2 id="description-heading" className="text-lg font-semibold">{t("description")}</h2>
          <LocalizedBlock
            value={description.primary}
            render={(text, lang) => <Markdown lang={lang} className="mt-1 space-y-3">{text}</Markdown>}
          />
          {description.secondary && (
            <Markdown lang={description.secondary.lang} className="mt-3 space-y-3 text-slate-700 dark:text-slate-300">
              {description.secondary.text}
            </Markdown>
          )}
        </section>
      )}
      <footer className="mt-8 border-t border-slate-200 pt-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {role.sourceName === SEED_SOURCE_NAME ? (
          // The seed's article, cited in the page's language (its title stays Chinese: it is the article's own).
          <p>
            {t.rich("sourceArticle", {
              title: PAY_SOURCE.articleTitle,
              site: locale === "zh" ? PAY_SOURCE.articleSiteZh : PAY_SOURCE.articleSite,
              date: new Date(`${PAY_SOURCE.articleDate}T00:00:00Z`),
              cite: (chunks) => <cite lang="zh-CN" className="not-italic">{chunks}</cite>,
            })}
          </p>
        ) : (
          role.sourceName && <p>{t("sourceNote", { source: role.sourceName })}</p>
        )}
        {role.contentOrigin === "editorial" && (summary.primary || description.primary) && <p>{t("editorialNote")}</p>}
      </footer>
    </article>
  );
}
