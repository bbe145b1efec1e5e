import fs from "node:fs";
import { expect, test } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { SEED_ROLES } from "../../prisma/seed-data";

// The zh-CN / en interface: locale in the path, the root choosing by cookie then Accept-Language, a switch that
// keeps the filters, role content in the page's language first with a visible fallback, hreflang on every page.
// Expected strings come from the message files, so a wording change does not break the test but a missing
// translation (rendering the key or English on a Chinese page) does.
const messages = (locale: "en" | "zh", ns: string) => JSON.parse(fs.readFileSync(`lib/i18n/messages/${locale}/${ns}.json`, "utf8"));
const zhBrowse = messages("zh", "browse");
const zhCommon = messages("zh", "common");
const detective = SEED_ROLES.find((r) => r.slug === "data-detective")!;
const HIGH = SEED_ROLES.filter((r) => r.tier === "MEDIUM_TO_HIGH").length;

test("the root and locale-free paths redirect by Accept-Language, keeping path and query", async ({ playwright, baseURL }) => {
  for (const [accept, locale] of [
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["zh-TW", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9", "en"],
    ["", "en"],
  ] as const) {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: accept ? { "accept-language": accept } : {} });
    const root = await api.get("/", { maxRedirects: 0 });
    expect(root.status(), accept).toBe(307);
    expect(new URL(root.headers().location!, baseURL).pathname, accept).toBe(`/${locale}`);
    const deep = await api.get("/roles/data-detective?tier=medium-to-high", { maxRedirects: 0 });
    expect(new URL(deep.headers().location!, baseURL).href).toBe(`${baseURL}/${locale}/roles/data-detective?tier=medium-to-high`);
    await api.dispose();
  }
});

test("odd locale paths: a full language tag is redirected, malformed paths are 400, hostile names are not 500s", async ({ request, baseURL }) => {
  const tagged = await request.get("/zh-CN/roles/data-detective?tier=medium-to-high", { maxRedirects: 0 });
  expect(tagged.status()).toBe(308);
  expect(new URL(tagged.headers().location!, baseURL).href).toBe(`${baseURL}/zh/roles/data-detective?tier=medium-to-high`);
  expect(new URL((await request.get("/en-us", { maxRedirects: 0 })).headers().location!, baseURL).pathname).toBe("/en");
  for (const path of ["/_next/static/%E0%A4%A", "/favicon.ico/%E0%A4%A", "/zh/roles/%E0%A4%A"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
  }
  const hostile = await request.get("/zh/compare?toString=1&roles=data-detective&roles=walker-talker");
  expect(hostile.status()).toBe(200);
});

test("the language switch keeps the filters, and the choice is remembered at the root", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/en?tier=medium-to-high&q=data");
  const count = await page.getByTestId("result-count").textContent();
  await page.getByTestId("locale-switch").click();
  await expect(page).toHaveURL(/\/zh\?tier=medium-to-high&q=data$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zhBrowse.heading);
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${zhCommon.tier["medium-to-high"]}`) })).toBeChecked();
  await expect(page.getByRole("searchbox")).toHaveValue("data");
  // Same result, counted in Chinese.
  const n = Number(count!.match(/^(\d+)/)![1]);
  await expect(page.getByTestId("result-count")).toContainText(`${n} 个岗位`);

  // The browser still prefers English, but the switch set the cookie: the root now opens in Chinese.
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh$/);
  await page.getByTestId("locale-switch").click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await context.close();
});

test("a Chinese page shows UI and role content in Chinese first, English beside it", async ({ page }) => {
  await page.goto("/zh?tier=medium-to-high");
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${HIGH} 个岗位`));
  const card = page.getByTestId("role-list").getByRole("listitem").filter({ hasText: detective.titleZh });
  await expect(card.getByRole("heading")).toHaveText(detective.titleZh);
  await expect(card.locator('[lang="en"]').first()).toHaveText(detective.titleEn);

  await card.getByRole("link", { name: detective.titleZh }).click();
  await expect(page).toHaveURL(/\/zh\/roles\/data-detective\?tier=medium-to-high$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(detective.titleZh);
  await expect(page.getByText(detective.titleEn).first()).toBeVisible();
  await expect(page.getByText(detective.summaryZh).first()).toBeVisible();
  await expect(page.getByText(detective.summaryEn).first()).toBeVisible();
  // No English UI label leaks onto the Chinese page.
  await expect(page.locator("header")).not.toContainText("Roles");
});

test.describe("a role written only in Chinese", () => {
  const slug = `zh-only-${Date.now().toString(36)}`;
  let db: PrismaClient;

  test.beforeAll(async () => {
    db = createPrismaClient(process.env.DATABASE_URL!, 2);
    await db.role.create({
      data: {
        slug, titleEn: "", titleZh: "只有中文的岗位", summaryEn: "", summaryZh: "这个岗位只有中文简介。",
        descriptionEn: "", descriptionZh: "只有中文的描述。", status: "PUBLISHED", publishedAt: new Date(),
      },
    });
  });

  test.afterAll(async () => {
    await db.$executeRaw`DELETE FROM roles WHERE slug = ${slug}`;
    await db.$disconnect();
  });

  test("falls back visibly on the English page, never blank", async ({ page }) => {
    await page.goto(`/en/roles/${slug}`);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText("只有中文的岗位");
    await expect(page.locator('[lang="zh-CN"]', { hasText: "这个岗位只有中文简介。" })).toBeVisible();
    await expect(page.getByTestId("fallback-notice").first()).toContainText("Chinese");
    await page.goto(`/zh/roles/${slug}`);
    await expect(page.getByTestId("fallback-notice")).toHaveCount(0);
  });
});

test("public pages do not ship the admin's messages to the browser", async ({ request }) => {
  const adminText = messages("en", "admin").validation.titleRequired as string;
  const zhAdminText = messages("zh", "admin").validation.titleRequired as string;
  expect(await (await request.get("/en")).text()).not.toContain(adminText);
  expect(await (await request.get("/zh/roles/data-detective")).text()).not.toContain(zhAdminText);
  // The sign-in page does get its form's strings.
  expect(await (await request.get("/zh/sign-in")).text()).toContain(messages("zh", "auth").errors.invalid);
});

test("every page has hreflang alternates for both locales and x-default, and a canonical in its own locale", async ({ page, baseURL }) => {
  for (const path of ["", "?tier=medium-to-high&horizon=5-year", "/roles/data-detective", "/insights", "/saved", "/compare?roles=data-detective&roles=walker-talker"]) {
    for (const locale of ["en", "zh"]) {
      await page.goto(`/${locale}${path}`);
      const alt = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
      await expect(alt("en"), path).toHaveAttribute("href", `${baseURL}/en${path}`);
      await expect(alt("zh-CN"), path).toHaveAttribute("href", `${baseURL}/zh${path}`);
      // Next writes the bare origin for "/" (no trailing slash); both name the same URL.
      const xDefault = `${baseURL}${path.startsWith("?") ? `/${path}` : path}`;
      await expect(alt("x-default"), path).toHaveAttribute("href", path ? xDefault : new RegExp(`^${baseURL}/?$`));
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", `${baseURL}/${locale}${path}`);
    }
  }
});

test("two roles ticked on their cards open side by side at /compare", async ({ page }) => {
  await page.goto("/en?tier=medium-to-high&horizon=5-year");
  const picks = page.getByTestId("compare-pick");
  await picks.nth(0).check();
  await picks.nth(1).check();
  const slugs = [await picks.nth(0).getAttribute("value"), await picks.nth(1).getAttribute("value")];
  await page.getByRole("button", { name: "Compare selected roles" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/compare\\?roles=${slugs[0]}&roles=${slugs[1]}$`));
  await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(2);
});

test("at most four roles can be ticked for comparison; the count is announced", async ({ page }) => {
  await page.goto("/en");
  const picks = page.getByTestId("compare-pick");
  for (let i = 0; i < 4; i++) await picks.nth(i).check();
  await expect(page.getByTestId("compare-count")).toHaveText("4 of 4 roles ticked");
  await expect(picks.nth(4)).toBeDisabled();
  await picks.nth(0).uncheck();
  await expect(picks.nth(4)).toBeEnabled();
});

test("a new keyword is ranked by relevance unless a sort was chosen", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("searchbox").fill("data");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/en\?q=data$/);
  await expect(page.getByLabel("Sort by")).toHaveValue("");
  await page.getByLabel("Sort by").selectOption("title");
  await expect(page).toHaveURL(/\/en\?q=data&sort=title$/);
  await page.getByRole("searchbox").fill("detective");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/en\?q=detective&sort=title$/);
});

test("invalid parameters are explained in the page's language", async ({ page }) => {
  const zhCommonIssue = zhCommon.queryIssue;
  await page.goto("/zh?tier=bogus&extra=1");
  const issues = page.getByTestId("query-issues");
  await expect(issues).toContainText(zhCommonIssue.tier);
  await expect(issues).toContainText(zhCommonIssue.unknown);
  await expect(issues).not.toContainText("must be one of");
  await expect(issues).not.toContainText("tier");
  await page.goto("/en?tier=bogus&pageSize=0");
  await expect(page.getByTestId("query-issues")).toContainText("The skill tier asked for is not one we use.");
  await expect(page.getByTestId("query-issues")).not.toContainText(/tier:|pageSize|low-to-medium/);
  // The compare page speaks plainly for none, one and too many roles, in the page's language.
  await page.goto("/zh/compare");
  await expect(page.getByTestId("compare-issues")).toHaveCount(0);
  await expect(page.getByTestId("compare-hint")).toContainText("还没有选择任何岗位。");
  await page.goto("/zh/compare?roles=data-detective");
  await expect(page.getByTestId("compare-issues")).toHaveText("只选了一个岗位，请至少选择 2 个岗位再对比。");
  await page.goto("/en/compare?roles=a,b,c,d,e,f");
  await expect(page.getByTestId("compare-issues")).toHaveText("6 roles were picked, but at most 4 can be compared at a time; remove some and try again.");
  await page.goto("/en/compare?roles=data-detective&roles=Not%20A%20Slug");
  await expect(page.getByTestId("compare-issues")).toHaveText("“Not A Slug” is not the address of a role.");
});
