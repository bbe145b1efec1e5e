import { expect, test } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { insertE2eOpenings, removeE2eOpenings } from "../support/e2e-openings";

// Search as a visitor meets it in the browser: Chinese typed without spaces, highlights, a typo corrected (and
// the way back to the keyword as typed), zero-results help on both list pages, and markup in a title as text.

const stamp = Date.now().toString(36);
const XSS_SLUG = `xss-probe-${stamp}`;
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await insertE2eOpenings(db, stamp);
  await db.role.create({
    data: {
      slug: XSS_SLUG,
      titleEn: `Qzx <script>window.__xss = 1</script> Probe`,
      titleZh: "",
      summaryEn: "<img src=x onerror=\"window.__xss = 2\"> qzx summary",
      summaryZh: "",
      descriptionEn: "",
      descriptionZh: "",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
});

test.afterAll(async () => {
  await db.role.delete({ where: { slug: XSS_SLUG } });
  await removeE2eOpenings(db, stamp);
  await db.$disconnect();
});

test("数据侦探 typed without spaces finds the role, its words highlighted", async ({ page }) => {
  await page.goto("/zh?q=数据侦探");
  const card = page.getByTestId("role-list").getByRole("listitem").first();
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("数据侦探");
  await expect(card.getByTestId("highlight").first()).toHaveText("数据侦探");
});

test("a typo is corrected, said so, and the keyword as typed is one click away", async ({ page }) => {
  await page.goto("/en?q=detectve");
  await expect(page.getByTestId("spelling-notice")).toContainText("Showing results for detective");
  await expect(page.getByTestId("role-list").getByRole("heading", { level: 2 }).first()).toHaveText("Data Detective");
  await expect(page.getByTestId("role-list").getByTestId("highlight").first()).toHaveText("Detective");

  await page.getByTestId("spelling-instead").click();
  await expect(page).toHaveURL(/\/en\?q=detectve&exact=1$/);
  await expect(page.getByTestId("empty-state")).toBeVisible();
  const fix = page.getByTestId("zero-spelling");
  await expect(fix).toHaveText("Did you mean detective? 1 result");
  await fix.click();
  await expect(page).toHaveURL(/\/en\?q=detective$/);
  await expect(page.getByTestId("result-count")).toHaveText(/^1 role/);
});

test("Chinese pages say it in Chinese", async ({ page }) => {
  await page.goto("/zh?q=detectve");
  await expect(page.getByTestId("spelling-notice")).toContainText("以下是 detective 的搜索结果");
  await expect(page.getByTestId("spelling-instead")).toHaveText("仍然搜索 detectve");
});

test("zero results: the browse page says which filter to drop and how many roles each gives", async ({ page }) => {
  await page.goto("/en?q=detective&tier=low-to-medium");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  const drop = page.locator("[data-testid=zero-drop][data-filter=tier]");
  await expect(drop).toHaveText("Remove the tier filter: 1 result");
  await drop.click();
  await expect(page).toHaveURL(/\/en\?q=detective$/);
  await expect(page.getByTestId("result-count")).toHaveText(/^1 role/);
});

test("zero results on the jobs page, with counts that hold when followed", async ({ page }) => {
  await page.goto(`/en/jobs?q=${stamp}&workplace=remote&employment=internship`);
  await expect(page.getByTestId("empty-state")).toBeVisible();
  const drop = page.locator("[data-testid=zero-drop][data-filter=employment]");
  const count = Number(await drop.getAttribute("data-count"));
  expect(count).toBe(1); // the remote e2e opening
  await drop.click();
  await expect(page.getByTestId("opening-card")).toHaveCount(count);
  await expect(page.getByTestId("opening-card").getByTestId("highlight").first()).toHaveText(stamp);
});

test("markup in a title and a summary stays text, highlighted but never run", async ({ page }) => {
  await page.goto("/en?q=qzx");
  const card = page.getByTestId("role-list").getByRole("listitem").first();
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Qzx <script>window.__xss = 1</script> Probe");
  await expect(card).toContainText('<img src=x onerror="window.__xss = 2"> qzx summary');
  await expect(card.getByTestId("highlight")).toHaveText(["Qzx", "qzx"]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await card.locator("script, img").count()).toBe(0);
});
