import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { SEED_ROLES } from "../../prisma/seed-data";

// Issue 12, items 21–27, in Chromium against the production build: the compare selection, Markdown lists, the
// no-JS keyword sort, the history/audit tables and times, the Chinese import report, and the axes page. (Item 26,
// plain invalid-link messages, is covered in i18n.spec.ts, jobs.spec.ts and insights.spec.ts.)

const messages = (locale: "en" | "zh", ns: string) => JSON.parse(fs.readFileSync(`lib/i18n/messages/${locale}/${ns}.json`, "utf8"));
const zhAdmin = messages("zh", "admin");
const zhAuth = messages("zh", "auth");
const PASSWORD = "e2e correct horse battery";
const stamp = Date.now().toString(36);
const admin = `rough-admin-${stamp}@e2e.example`;
const listSlug = `markdown-lists-${stamp}`;
const listTitle = `Markdown Lists ${stamp}`;
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email: admin, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
  await db.role.create({
    data: {
      slug: listSlug,
      titleEn: listTitle,
      titleZh: "列表测试岗位",
      summaryEn: "Checks lists.",
      summaryZh: "检查列表。",
      descriptionEn: "What the work is:\n\n- first duty\n- second duty\n\nSteps:\n\n1. one\n2. two",
      descriptionZh: "",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
});

test.afterAll(async () => {
  await db.$executeRaw`DELETE FROM roles WHERE slug = ${listSlug}`;
  await db.$disconnect();
});

const picks = (page: Page) => page.getByTestId("compare-pick");

test("item 21: the compare count is the stored selection across pages, filters, the role page and tabs", async ({ page, context }) => {
  await page.goto("/en");
  // Nothing ticked: the button cannot be pressed, and the hint says what to do.
  await expect(page.getByTestId("compare-count")).toHaveText("No role ticked");
  await expect(page.getByTestId("compare-submit")).toBeDisabled();
  await expect(page.getByTestId("compare-hint")).toHaveText("Tick 2 to 4 roles, then compare them side by side.");

  const first = await picks(page).nth(0).getAttribute("value");
  await picks(page).nth(0).check();
  await expect(page.getByTestId("compare-count")).toHaveText("1 of 4 roles ticked");
  await expect(page.getByTestId("compare-submit")).toBeDisabled();

  // Another filter: the role ticked elsewhere still counts.
  await page.goto("/en?tier=medium-to-high");
  await expect(page.getByTestId("compare-count")).toHaveText("1 of 4 roles ticked");
  const second = (await picks(page).evaluateAll((els, skip) => els.map((e) => (e as HTMLInputElement).value).filter((v) => v !== skip), first))[0]!;
  await page.locator(`[data-testid=compare-pick][value="${second}"]`).check();
  await expect(page.getByTestId("compare-count")).toHaveText("2 of 4 roles ticked");

  // Another tab changes the selection: this one hears it.
  const other = await context.newPage();
  await other.goto("/en/roles/genetic-diversity-officer");
  await expect(other.getByTestId("role-actions").getByTestId("save-button")).toBeVisible();
  await expect(other.getByTestId("compare-count")).toHaveText("2 of 4 roles ticked");
  await other.getByTestId("role-actions").getByRole("checkbox", { name: "Compare Genetic Diversity Officer" }).check();
  await expect(page.getByTestId("compare-count")).toHaveText("3 of 4 roles ticked");
  await other.close();

  // Back and forward: the page shows the stored selection, not a stale render.
  await page.goto("/en?page=2&pageSize=5");
  await expect(page.getByTestId("compare-count")).toHaveText("3 of 4 roles ticked");
  await page.goBack();
  await expect(page.getByTestId("compare-count")).toHaveText("3 of 4 roles ticked");
  await expect(page.locator(`[data-testid=compare-pick][value="${second}"]`)).toBeChecked();

  await page.getByTestId("compare-submit").click();
  await expect(page).toHaveURL(new RegExp(`/en/compare\\?roles=${first}&roles=${second}&roles=genetic-diversity-officer$`));
  await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(3);

  // Untick all: back to nothing, everywhere.
  await page.goto("/en/roles/data-detective");
  await expect(page.getByTestId("compare-count")).toHaveText("3 of 4 roles ticked");
  await page.getByTestId("compare-clear").click();
  await expect(page.getByTestId("compare-count")).toHaveText("No role ticked");
  await page.goto("/en");
  await expect(page.locator("[data-testid=compare-pick]:checked")).toHaveCount(0);
});

test("item 21 without JavaScript: the role page has Compare, and too few roles are explained plainly", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh/roles/data-detective");
  await page.getByTestId("role-actions").getByRole("checkbox", { name: "对比 数据侦探" }).check();
  await page.getByTestId("role-actions").getByRole("button", { name: "对比所选岗位" }).click();
  await expect(page).toHaveURL(/\/zh\/compare\?roles=data-detective$/);
  await expect(page.getByTestId("compare-issues")).toHaveText("只选了一个岗位，请至少选择 2 个岗位再对比。");
  await page.goto("/zh");
  await page.getByTestId("compare-form").getByRole("button", { name: "对比所选岗位" }).click();
  await expect(page).toHaveURL(/\/zh\/compare\??$/);
  await expect(page.getByTestId("compare-hint")).toContainText("还没有选择任何岗位。");
  await context.close();
});

test("item 22: Markdown lists keep their bullets and numbers", async ({ page }) => {
  await page.goto(`/en/roles/${listSlug}`);
  const md = page.getByTestId("markdown").first();
  await expect(md.locator("ul li")).toHaveCount(2);
  const style = async (selector: string) =>
    md.locator(selector).evaluate((el) => ({ type: getComputedStyle(el).listStyleType, padding: parseFloat(getComputedStyle(el).paddingLeft) }));
  expect(await style("ul")).toMatchObject({ type: "disc" });
  expect(await style("ol")).toMatchObject({ type: "decimal" });
  expect((await style("ul")).padding).toBeGreaterThan(0);
});

test("item 23: without JavaScript a keyword search is ranked by relevance, as the API ranks it", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en");
  await expect(page.getByLabel("Sort by")).toHaveValue("");
  await page.getByRole("searchbox").fill("data");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=data/);
  expect(page.url()).not.toContain("sort=title");
  const api = await (await request.get("/api/roles?q=data")).json();
  const cards = page.getByTestId("compare-pick");
  const bySlug: (string | null)[] = [];
  for (let i = 0; i < (await cards.count()); i++) bySlug.push(await cards.nth(i).getAttribute("value"));
  expect(bySlug.length).toBeGreaterThan(1);
  expect(bySlug).toEqual(api.items.map((r: { slug: string }) => r.slug));
  // An explicit choice is kept: by title stays by title for the next keyword.
  await page.getByLabel("Sort by").selectOption("title");
  await page.getByRole("search").getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByLabel("Sort by")).toHaveValue("title");
  await context.close();
});

test.describe("items 24 and 25, staff in Chinese in Shanghai", () => {
  test.use({ timezoneId: "Asia/Shanghai", locale: "zh-CN" });

  test("the import report speaks Chinese; the audit names the listing by title, with headers and local time", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/zh/admin/transfer");
    await page.getByLabel(zhAuth.email).fill(admin);
    await page.getByLabel(zhAuth.password).fill(PASSWORD);
    await page.getByRole("button", { name: zhAuth.submit }).click();
    await expect(page).toHaveURL(/\/zh\/admin\/transfer$/);

    const header = "slug,titleEn,titleZh,summaryEn,summaryZh,descriptionEn,descriptionZh,tier,horizon,sourceName,clear\r\n";
    const bad = `${header}${listSlug},,,,,,,huge,,,colour\r\nbrand-new-${stamp},New Role ${stamp},,,,,,,never,,\r\n`;
    const file = page.getByLabel(zhAdmin.transfer.file);
    await file.setInputFiles({ name: "roles.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: zhAdmin.transfer.check }).click();
    const report = page.getByTestId("import-report");
    const reasons = report.getByTestId("import-reasons");
    await expect(reasons).toHaveCount(2);
    await expect(reasons.first()).toContainText("clear：“colour”不是本次导入的字段");
    await expect(reasons.first()).toContainText("tier：技术含量必须是以下值之一");
    await expect(reasons.nth(1)).toContainText("horizon：出现时间必须是以下值之一");
    await expect(report).not.toContainText("is not a field of this import");
    await expect(report).not.toContainText("must be one of");
    // The headers are separate cells with room between them.
    const heads = report.locator("thead th");
    await expect(heads).toHaveText([zhAdmin.transfer.columns.row, zhAdmin.transfer.columns.slug, zhAdmin.transfer.columns.action, zhAdmin.transfer.columns.why]);
    const boxes = await heads.evaluateAll((els) => els.map((e) => ({ left: e.getBoundingClientRect().left, right: e.getBoundingClientRect().right, pad: parseFloat(getComputedStyle(e).paddingLeft) })));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right - 0.5);
    expect(boxes.every((b) => b.pad > 0)).toBe(true);

    // A good update, applied: the audit log names the listing by its title, linked to it.
    const good = `${header}${listSlug},,,,,,,low-to-medium,,,\r\n`;
    await file.setInputFiles({ name: "roles.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await page.getByRole("button", { name: zhAdmin.transfer.import, exact: true }).click();
    await expect(report).toContainText(zhAdmin.transfer.imported);
    // A second entry with a long value, so the tables below have different contents to line up.
    const long = `${header}${listSlug},,,${"A much longer English summary that fills its cell. ".repeat(4).trim()},,,,,,,\r\n`;
    await file.setInputFiles({ name: "roles.csv", mimeType: "text/csv", buffer: Buffer.from(long) });
    await page.getByRole("button", { name: zhAdmin.transfer.import, exact: true }).click();
    const role = await db.role.findUniqueOrThrow({ where: { slug: listSlug } });
    await expect.poll(() => db.auditEntry.count({ where: { entityId: role.id, action: "role.import" } })).toBe(2);
    await page.goto(`/zh/admin/audit?id=${role.id}`);
    await expect(page.getByTestId("history").locator("li[data-action='role.import']")).toHaveCount(2);
    // Newest first: the tier change is the older entry.
    const entry = page.getByTestId("history").locator("li[data-action='role.import']").last();
    await expect(entry.getByTestId("audit-subject")).toHaveText("列表测试岗位");
    await expect(entry.getByTestId("audit-subject")).toHaveAttribute("href", `/zh/admin/roles/${role.id}`);
    await expect(entry).not.toContainText(role.id.slice(0, 8));
    await expect(entry.locator("table caption")).toHaveCount(1);
    await expect(entry.locator("thead th[scope=col]")).toHaveText([zhAdmin.history.field, zhAdmin.history.before, zhAdmin.history.after]);
    await expect(entry.locator("thead th").first()).toBeVisible();
    await expect(entry.locator("tbody th[scope=row]")).toHaveText(zhAdmin.auditField.tier);
    // The UTC time from the server, then the reader's own, with the zone named.
    await expect(entry.locator("time").first()).toHaveAttribute("datetime", /Z$/);
    await expect(entry.locator("time").first()).toContainText("UTC");
    await expect(entry.getByTestId("local-time").first()).toContainText("中国标准时间");
    // Columns line up from entry to entry: the same x for every "after" cell.
    const lefts = await page.locator("[data-testid=history] tbody tr td:nth-of-type(2)").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
  });
});

test("item 27: the axes page explains both axes, from the article, with each role's last review", async ({ page }) => {
  await page.goto("/en/roles/data-detective");
  await page.getByTestId("axis-link").first().click();
  await expect(page).toHaveURL(/\/en\/about\/axes#tier$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The two axes: skill tier and emergence horizon");
  const count = (tier: string | null) => SEED_ROLES.filter((r) => r.tier === tier).length;
  await expect(page.getByTestId("axes-tier-values")).toContainText(`Low to medium: ${count("LOW_TO_MEDIUM")} roles in the article`);
  await expect(page.getByTestId("axes-tier-values")).toContainText(`Medium to high: ${count("MEDIUM_TO_HIGH")} roles in the article`);
  await expect(page.getByTestId("axes-horizon-values")).toContainText(`Within 5 years: ${SEED_ROLES.filter((r) => r.horizon === "FIVE_YEARS").length} roles in the article`);
  await expect(page.getByTestId("axes-unspecified")).toContainText("Genetic Diversity Officer");
  await expect(page.locator("#source")).toContainText("如今人工智能AI就业岗位有哪些");
  const published = await db.role.findMany({ where: { status: "PUBLISHED", deletedAt: null }, select: { slug: true, updatedAt: true } });
  const rows = page.getByTestId("axes-reviewed").locator("tbody tr");
  await expect(rows).toHaveCount(published.length);
  const mine = published.find((r) => r.slug === listSlug)!;
  await expect(page.locator(`tr[data-slug="${listSlug}"] time`)).toHaveAttribute("datetime", mine.updatedAt.toISOString());
  await expect(page.locator('tr[data-slug="genetic-diversity-officer"] [data-tier]')).toHaveText("Not specified");

  // The filter legends link here too, in both languages.
  await page.goto("/zh");
  await page.getByRole("link", { name: "这是什么？ 出现时间" }).click();
  await expect(page).toHaveURL(/\/zh\/about\/axes#horizon$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("两个维度：技术含量与出现时间");
});
