import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoleBadges } from "@/components/roles/role-card";
import { getPublishedRole, listRelatedRoles } from "@/lib/roles/data";
import { parseRoleQuery, roleQueryString } from "@/lib/roles/query";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await getPublishedRole((await params).slug);
  if (!role) return { title: "Role not found" };
  return { title: `${role.titleEn} · ${role.titleZh}`, description: role.summaryEn };
}

/**
 * One published role (`/roles/[slug]`). Its query parameters are the browse list's it was opened from (same
 * contract as `/`), used only for the "back to results" link; invalid ones are ignored. Unknown slug → 404.
 */
export default async function RolePage({ params, searchParams }: Props) {
  const role = await getPublishedRole((await params).slug);
  if (!role) notFound();
  const list = parseRoleQuery(await searchParams);
  const backQuery = list.ok ? roleQueryString(list.query) : "";
  const related = await listRelatedRoles(role);

  return (
    <article className="max-w-3xl">
      <p>
        <Link href={`/${backQuery}`} className="text-blue-700 underline dark:text-blue-300" data-testid="back-to-results">
          ← Back to results
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">{role.titleEn}</h1>
      <p lang="zh-CN" className="text-xl text-slate-700 dark:text-slate-300">{role.titleZh}</p>
      <RoleBadges tier={role.tier} horizon={role.horizon} />
      <section className="mt-6" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-lg font-semibold">Summary</h2>
        <p className="mt-1">{role.summaryEn}</p>
        <p lang="zh-CN" className="mt-1 text-slate-700 dark:text-slate-300">{role.summaryZh}</p>
      </section>
      <section className="mt-6" aria-labelledby="description-heading">
        <h2 id="description-heading" className="text-lg font-semibold">Description</h2>
        <p className="mt-1 whitespace-pre-line">{role.descriptionEn}</p>
        <p lang="zh-CN" className="mt-3 whitespace-pre-line text-slate-700 dark:text-slate-300">{role.descriptionZh}</p>
      </section>
      {related.length > 0 && (
        <section className="mt-8" aria-labelledby="related-heading">
          <h2 id="related-heading" className="text-lg font-semibold">
            Related roles <span lang="zh-CN" className="font-normal">相关岗位</span>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">Same skill tier and emergence horizon.</p>
          <ul className="mt-2 space-y-1">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={`/roles/${r.slug}${backQuery}`} className="text-blue-700 underline dark:text-blue-300">
                  {r.titleEn}
                </Link>{" "}
                <span lang="zh-CN">{r.titleZh}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer className="mt-8 border-t border-slate-200 pt-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {role.sourceName && <p>Names, tier and horizon from: {role.sourceName}.</p>}
        {role.contentOrigin === "editorial" && <p>Summary and description written by the AI Jobs Atlas editors.</p>}
      </footer>
    </article>
  );
}
