import type { Metadata } from "next";
import { PayChart } from "@/components/insights/pay-chart";
import { RoleMatrix } from "@/components/insights/role-matrix";
import { getRoleMatrix } from "@/lib/roles/data";
import { SITE_NAME } from "@/lib/site";

const title = "Insights: tier × horizon · 岗位图谱";
const description =
  "Every published AI role by skill tier and emergence horizon, and entry-level engineer pay at five companies. 按技术含量与出现时间排列的岗位矩阵，以及五家公司入门级工程师平均年薪。";

// Read from the database on every request: the matrix follows publishing at once.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: "/insights" },
  openGraph: { type: "website", title, description, url: "/insights", siteName: SITE_NAME, locale: "en_US", alternateLocale: ["zh_CN"] },
};

/**
 * `/insights` — the tier × horizon matrix of published roles (getRoleMatrix, counts exact, names linked, roles
 * selectable for /compare) and the article's entry-level pay figures as an SVG bar chart with a data table.
 * Server-rendered; takes no parameters.
 */
export default async function InsightsPage() {
  const cells = await getRoleMatrix();
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">
        Insights <span lang="zh-CN" className="font-normal">岗位洞察</span>
      </h1>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-xl font-semibold">
          Skill tier × emergence horizon <span lang="zh-CN" className="font-normal">技术含量 × 出现时间</span>
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          The source article gives each role a skill tier and an emergence horizon; where it gives none, the role is
          under &ldquo;Not specified&rdquo;. Tick 2–4 roles to compare them side by side.
        </p>
        <RoleMatrix cells={cells} />
      </section>
      <section aria-labelledby="pay-heading">
        <h2 id="pay-heading" className="text-xl font-semibold">
          Entry-level engineer pay at five companies <span lang="zh-CN" className="font-normal">5家公司的入门级工程师平均年薪</span>
        </h2>
        <PayChart />
      </section>
    </div>
  );
}
