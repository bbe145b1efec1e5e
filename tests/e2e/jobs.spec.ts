import { expect, test } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { insertE2eOpenings, removeE2eOpenings } from "../support/e2e-openings";

// A visitor in Chromium against the production build: the jobs page filters by city, workplace, salary and tier
// (with and without JavaScript), an opening's page shows the apply link and JobPosting JSON-LD, a closed one has
// neither, and the role page shows its openings.

const stamp = Date.now().toString(36);
let db: PrismaClient;
let slugs: Awaited<ReturnType<typeof insertE2eOpenings>>;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  slugs = await insertE2eOpenings(db, stamp);
});
test.afterAll(async () => {
  await removeE2eOpenings(db, stamp);
  await db.$disconnect();
});

test("filter jobs by city, workplace, salary and tier, open one, apply link and JobPosting", async ({ page }) => {
  await page.goto("/en/jobs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobs");
  const cards = page.getByTestId("opening-card");
  await expect(cards.filter({ hasText: stamp })).toHaveCount(2);

  // Salary at least 20,000 CNY a month (the 上海 opening pays up to 30k × 14 months).
  const salary = page.getByTestId("salary-filter");
  await salary.getByLabel("Amount").fill("20000");
  await salary.getByLabel("Currency").selectOption("CNY");
  await salary.getByLabel("Per").selectOption("month");
  await page.getByRole("search").getByRole("checkbox", { name: /^上海/ }).check();
  await expect(page).toHaveURL(/city=%E4%B8%8A%E6%B5%B7/);
  await expect(page).toHaveURL(/salaryMin=20000/);
  await expect(page).toHaveURL(/period=month/);
  await page.getByRole("search").getByRole("checkbox", { name: /^Hybrid/ }).check();
  await page.getByRole("search").getByRole("checkbox", { name: /^Medium to high|^Medium-to-high/i }).check();
  await expect(page).toHaveURL(/workplace=hybrid/);
  await expect(page).toHaveURL(/tier=medium-to-high/);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(`Data Analyst ${stamp}`);
  await expect(cards.first()).toContainText("As stated: 15k-30k·14薪");

  await cards.first().getByRole("link", { name: `Data Analyst ${stamp}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/jobs/${slugs.shanghai}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Data Analyst ${stamp}`);
  await expect(page.getByTestId("apply-link")).toHaveAttribute("href", "https://jobs.example/apply");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(ld).toMatchObject({
    "@type": "JobPosting",
    title: `Data Analyst ${stamp}`,
    hiringOrganization: { name: "上海某数据科技有限公司" },
    jobLocation: { address: { addressLocality: "上海", addressCountry: "CN" } },
    baseSalary: { currency: "CNY", value: { minValue: 15000, maxValue: 30000, unitText: "MONTH" } },
    directApply: false,
  });
  await expect(page.getByTestId("opening-role")).toHaveAttribute("href", "/en/roles/data-detective");
});

test("without JavaScript the filter form still works, and the salary floor needs a currency only when set", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh/jobs");
  await page.getByRole("search").getByRole("checkbox", { name: /^远程/ }).check();
  await page.getByRole("search").getByRole("button", { name: "应用筛选" }).click();
  await expect(page).toHaveURL(/workplace=remote/);
  await expect(page.getByTestId("opening-card").filter({ hasText: stamp })).toHaveCount(1);
  await expect(page.getByTestId("opening-card").first()).toContainText(`Remote Data Detective ${stamp}`);
  // An invalid link explains itself in Chinese and lists everything.
  await page.goto("/zh/jobs?posted=3&currency=XYZ");
  await expect(page.getByTestId("query-issues")).toContainText("所选的发布时间不存在：可选 1 天、7 天或 30 天内。");
  await expect(page.getByTestId("query-issues")).toContainText("币种无效或缺失");
  await expect(page.getByTestId("query-issues")).not.toContainText("posted");
  await context.close();
});

test("a closed opening keeps its page without apply link or JobPosting; it leaves the list", async ({ page }) => {
  await page.goto(`/en/jobs/${slugs.closed}`);
  await expect(page.getByTestId("opening-closed")).toContainText("This opening is closed");
  await expect(page.getByTestId("apply-link")).toHaveCount(0);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await page.goto(`/en/jobs?q=${encodeURIComponent(`Closed Analyst ${stamp}`)}`);
  await expect(page.getByTestId("empty-state")).toBeVisible();
});

test("the role page shows its current openings, pay and a link to them", async ({ page }) => {
  // Two more monthly CNY salaries, so the role has the 3 a pay figure needs (with the 上海 opening's 15k–30k).
  const role = await db.role.findUniqueOrThrow({ where: { slug: "data-detective" } });
  const today = new Date();
  const extra = [`e2e-pay-a-${stamp}`, `e2e-pay-b-${stamp}`];
  await db.opening.createMany({
    data: extra.map((slug, i) => ({
      slug, roleId: role.id, titleEn: `Pay Sample ${i} ${stamp}`, titleZh: "", employerName: "Pay Co", workplaceType: "ON_SITE" as const,
      locations: [{ city: "深圳", country: "CN" }], employmentType: "FULL_TIME" as const, applyUrl: "https://jobs.example/pay",
      salaryMin: 10000 + i * 10000, salaryMax: 20000 + i * 10000, salaryCurrency: "CNY", salaryPeriod: "MONTH" as const,
      datePosted: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 3)),
      validThrough: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 30)),
      status: "PUBLISHED" as const, publishedAt: today,
    })),
  });
  await page.goto("/en/roles/data-detective");
  const pay = page.getByTestId("pay-table").locator("tr[data-currency=CNY][data-period=month]");
  await expect(pay).toBeVisible();
  await expect(pay.locator("td").first()).toHaveText(/^[3-9]|\d{2,}/);
  await db.opening.deleteMany({ where: { slug: { in: extra } } });
  const section = page.getByTestId("role-openings");
  await expect(section.getByTestId("role-openings-count")).toHaveText(/current opening/);
  await expect(section.getByTestId("opening-card").filter({ hasText: stamp }).first()).toBeVisible();
  await section.getByTestId("role-openings-link").click();
  await expect(page).toHaveURL(/\/en\/jobs\?role=data-detective$/);
  await expect(page.getByTestId("opening-card").filter({ hasText: `Data Analyst ${stamp}` })).toHaveCount(1);
  const ld = JSON.parse((await (await page.goto("/en/roles/data-detective"))!.text()).match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
  expect(ld["@type"]).toBe("Occupation");
});
