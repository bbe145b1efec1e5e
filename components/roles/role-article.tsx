import type { ReactNode } from "react";
import { displayTitle, secondaryTitle } from "@/lib/roles/display";
import type { RoleDetail } from "@/lib/roles/types";
import { Markdown } from "./markdown";
import { RoleBadges } from "./role-card";

/**
 * One role in full, exactly as its public page shows it: titles, badges, summaries, Markdown descriptions and the
 * source note. Used by `/roles/[slug]` and by the admin preview, so a preview is what visitors will see.
 * `before` is rendered above the title (the public page's back link).
 */
export function RoleArticle({ role, before }: { role: RoleDetail; before?: ReactNode }) {
  const second = secondaryTitle(role);
  return (
    <article className="max-w-3xl">
      {before}
      <h1 className="mt-4 text-3xl font-semibold" lang={role.titleEn ? undefined : "zh-CN"}>{displayTitle(role)}</h1>
      {second && <p lang="zh-CN" className="text-xl text-slate-700 dark:text-slate-300">{second}</p>}
      <RoleBadges tier={role.tier} horizon={role.horizon} />
      {(role.summaryEn || role.summaryZh) && (
        <section className="mt-6" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="text-lg font-semibold">Summary</h2>
          {role.summaryEn && <p className="mt-1">{role.summaryEn}</p>}
          {role.summaryZh && <p lang="zh-CN" className="mt-1 text-slate-700 dark:text-slate-300">{role.summaryZh}</p>}
        </section>
      )}
      {(role.descriptionEn || role.descriptionZh) && (
        <section className="mt-6" aria-labelledby="description-heading">
          <h2 id="description-heading" className="text-lg font-semibold">Description</h2>
          {role.descriptionEn && <Markdown className="mt-1 space-y-3">{role.descriptionEn}</Markdown>}
          {role.descriptionZh && (
            <Markdown lang="zh-CN" className="mt-3 space-y-3 text-slate-700 dark:text-slate-300">{role.descriptionZh}</Markdown>
          )}
        </section>
      )}
      <footer className="mt-8 border-t border-slate-200 pt-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {role.sourceName && <p>Names, tier and horizon from: {role.sourceName}.</p>}
        {role.contentOrigin === "editorial" && <p>Summary and description written by the AI Jobs Atlas editors.</p>}
      </footer>
    </article>
  );
}
