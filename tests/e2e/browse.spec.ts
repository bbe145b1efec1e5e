import { expect, type Page, test } from "@playwright/test";
import { SEED_ROLES, type SeedRole } from "../../prisma/seed-data";
import { SEED_PINYIN_ORDER } from "../support/seed-pinyin-order";

// Expected counts come from the seed data the server was loaded with, not from hand-typed numbers.
const count = (pred: (r: SeedRole) => boolean) => SEED_ROLES.filter(pred).length;
const ALL = SEED_ROLES.length;
const HIGH = count((r) => r.tier === "MEDIUM_TO_HIGH");
const LOW = count((r) => r.tier === "LOW_TO_MEDIUM");
const HIGH_5Y = count((r) => r.tier === "MEDIUM_TO_HIGH" && r.horizon === "FIVE_YEARS");
const roles = (n: number) => (n === 1 ? "1 role" : `${n} roles`);
/** The live result count starts with the total ("21 roles · showing 1–20"). */
const total = (n: number) => new RegExp(`^${roles(n)}( · |$)`);

const resultCount = (page: Page) => page.getByTestId("result-count");
const checkbox = (page: Page, name: RegExp) => page.getByRole("checkbox", { name });

test("filters update the URL, and Back/Forward restore list and controls", async ({ page }) => {
  await page.goto("/en");
  await expect(resultCount(page)).toHaveText(total(ALL));

  await checkbox(page, /^Medium to high/).check();
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high$/);
  await expect(resultCount(page)).toHaveText(total(HIGH));

  await checkbox(page, /^Within 5 years/).check();
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high&horizon=5-year$/);
  await expect(resultCount(page)).toHaveText(total(HIGH_5Y));
  await expect(page.getByTestId("role-list").getByRole("listitem")).toHaveCount(HIGH_5Y);

  await page.goBack();
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high$/);
  await expect(resultCount(page)).toHaveText(total(HIGH));
  await expect(checkbox(page, /^Medium to high/)).toBeChecked();
  await expect(checkbox(page, /^Within 5 years/)).not.toBeChecked();

  await page.goBack();
  await expect(resultCount(page)).toHaveText(total(ALL));
  await expect(checkbox(page, /^Medium to high/)).not.toBeChecked();

  await page.goForward();
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high$/);
  await expect(checkbox(page, /^Medium to high/)).toBeChecked();
  await expect(resultCount(page)).toHaveText(total(HIGH));
});

test("a detail page links back to the results it was opened from", async ({ page }) => {
  await page.goto("/en?tier=medium-to-high&horizon=5-year");
  await page.getByRole("link", { name: "Data Detective" }).click();
  await expect(page).toHaveURL(/\/en\/roles\/data-detective\?tier=medium-to-high&horizon=5-year$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data Detective");
  await expect(page.getByText("数据侦探").first()).toBeVisible();

  await page.getByTestId("back-to-results").click();
  // Back at the card it was opened from (issue 12, item 20).
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high&horizon=5-year#role-data-detective$/);
  await expect(checkbox(page, /^Medium to high/)).toBeChecked();
  await expect(checkbox(page, /^Within 5 years/)).toBeChecked();
  await expect(resultCount(page)).toHaveText(total(HIGH_5Y));
});

test("an unknown role is a 404 page", async ({ page }) => {
  const response = await page.goto("/en/roles/no-such-role");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("an invalid query string shows what is wrong and the unfiltered list", async ({ page }) => {
  const response = await page.goto("/en?tier=bogus&pageSize=1000&page=abc");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "not valid" });
  await expect(alert).toContainText("The skill tier asked for is not one we use");
  await expect(alert).toContainText("The number of results per page is not valid: it can be from 1 to 100.");
  await expect(alert).toContainText("The page number is not valid");
  await expect(resultCount(page)).toHaveText(total(ALL));
});

test("keyword search matches punctuation literally and names the filters when empty", async ({ page }) => {
  await page.goto("/en?tier=low-to-medium");
  await page.getByRole("searchbox", { name: /Keyword/ }).fill("100%");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=100%25/);
  await expect(resultCount(page)).toHaveText(total(0));
  await expect(page.getByTestId("empty-state")).toContainText("tier: Low to medium; keyword “100%”");

  await page.getByRole("searchbox", { name: /Keyword/ }).fill("侦探");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(resultCount(page)).toHaveText(total(0)); // 数据侦探 is medium-to-high
  await expect(page.getByLabel(/^Medium to high/)).toBeVisible();
  await expect(page.locator("label", { hasText: "Medium to high" })).toContainText("(1)");
  await expect(page.locator("label", { hasText: "Low to medium" })).toContainText("(0 · no matches)");
});

test("chips remove one filter each; clear all keeps the keyword", async ({ page }) => {
  await page.goto("/en?tier=low-to-medium&tier=medium-to-high&horizon=10-year&q=a");
  const chips = page.getByRole("group", { name: "Active filters" });
  await chips.getByRole("link", { name: /Tier: Low to medium/ }).click();
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high&horizon=10-year&q=a$/);
  await expect(checkbox(page, /^Low to medium/)).not.toBeChecked();
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/en\?q=a$/);
  await expect(page.getByRole("searchbox", { name: /Keyword/ })).toHaveValue("a");
});

test("pagination keeps the filters and marks the current page", async ({ page }) => {
  await page.goto("/en?pageSize=5&tier=low-to-medium");
  await expect(resultCount(page)).toContainText(`${roles(LOW)} · showing 1–5`);
  const nav = page.getByRole("navigation", { name: "Pagination" });
  const titles = () => page.getByTestId("role-list").getByRole("heading").allTextContents();
  // "Next" follows the keyset cursor; numbered links use page numbers. Both give the same page.
  await nav.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/en\?tier=low-to-medium&pageSize=5&cursor=[\w-]+$/);
  await expect(nav.locator("[aria-current=page]")).toHaveText("2");
  const viaCursor = await titles();
  expect(viaCursor).toHaveLength(5);
  await page.goto("/en?tier=low-to-medium&pageSize=5&page=2");
  expect(await titles()).toEqual(viaCursor);
  await nav.getByRole("link", { name: "Page 3" }).click();
  await expect(page).toHaveURL(/tier=low-to-medium&pageSize=5&page=3$/);
  await expect(nav.locator("[aria-current=page]")).toHaveText("3");
  // Changing a filter starts again at page 1.
  await checkbox(page, /^Within 10 years/).check();
  await expect(page).toHaveURL(/\/en\?tier=low-to-medium&horizon=10-year&pageSize=5$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form works as a plain GET form", async ({ page }) => {
    await page.goto("/en");
    await checkbox(page, /^Low to medium/).check();
    await checkbox(page, /^Not specified/).first().check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/tier=low-to-medium&tier=unspecified/);
    await expect(resultCount(page)).toHaveText(total(LOW + count((r) => r.tier === null)));
    await expect(checkbox(page, /^Low to medium/)).toBeChecked();
  });
});

test("the Chinese browse page lists the roles by pinyin and says so; English keeps the English title order", async ({ page }) => {
  await page.goto("/zh");
  // The default choice (no sort sent, so a typed keyword ranks by relevance) says the list is in pinyin order.
  await expect(page.locator("#sort option:checked")).toContainText("拼音");
  const titles = page.getByTestId("role-list").getByRole("heading", { level: 2 });
  await expect(titles).toHaveText(SEED_PINYIN_ORDER);

  await page.goto("/en");
  await expect(page.locator("#sort option:checked")).toHaveText("Best match (A–Z without a keyword)");
  const english = [...SEED_ROLES].sort((a, b) => (a.titleEn.toLowerCase() < b.titleEn.toLowerCase() ? -1 : 1)).map((r) => r.titleEn);
  await expect(page.getByTestId("role-list").getByRole("heading", { level: 2 })).toHaveText(english);
});
