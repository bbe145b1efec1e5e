import type { Metadata } from "next";
import Link from "next/link";
import { CompareTable } from "@/components/roles/compare-table";
import { COMPARE_MAX, COMPARE_MIN, parseCompareQuery } from "@/lib/roles/compare";
import { getPublishedRolesBySlugs } from "@/lib/roles/data";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = {
  title: "Compare roles · 岗位对比",
  description: "Emerging AI roles side by side. 新兴 AI 岗位并排对比。",
  robots: { index: false, follow: true },
};

/**
 * `/compare?roles=<slug>&roles=<slug>` (2–4 distinct slugs, lib/roles/compare.ts): the roles side by side.
 * Invalid parameters, or slugs with no published role, are explained above the table (or instead of it when
 * fewer than two roles remain); never a server error.
 */
export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseCompareQuery(await searchParams);
  const roles = parsed.ok ? await getPublishedRolesBySlugs(parsed.slugs) : [];
  const missing = parsed.ok ? parsed.slugs.filter((s) => !roles.some((r) => r.slug === s)) : [];
  const problems = parsed.ok
    ? missing.map((s) => ({ parameter: "roles", message: `no published role has the slug "${s}"` }))
    : parsed.issues;

  return (
    <div>
      <h1 className="text-2xl font-semibold">
        Compare roles <span lang="zh-CN" className="font-normal">岗位对比</span>
      </h1>
      {problems.length > 0 && (
        <div role="alert" className="mt-4 rounded border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-medium">This comparison link has a problem:</p>
          <ul className="mt-1 list-disc pl-6" data-testid="compare-issues">
            {problems.map((p) => (
              <li key={p.message}>
                <code>{p.parameter}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {roles.length >= COMPARE_MIN ? (
        <CompareTable roles={roles} />
      ) : (
        <p className="mt-4">
          Pick {COMPARE_MIN} to {COMPARE_MAX} roles in the <Link href="/insights" className="text-blue-700 underline dark:text-blue-300">tier × horizon matrix</Link>{" "}
          or among your <Link href="/saved" className="text-blue-700 underline dark:text-blue-300">saved roles</Link> to see them side by side.
        </p>
      )}
    </div>
  );
}
