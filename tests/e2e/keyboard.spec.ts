import { expect, type Locator, type Page, test } from "@playwright/test";

/** Presses Tab until `target` has focus (at most `max` times), then checks the focus is visible (an outline). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, "focused element shows an outline").not.toBe("none");
      return;
    }
  }
  throw new Error(`Tab never reached ${target}`);
}

test("keyboard only: skip link, filter, open a role, back to the filtered results", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const high = page.getByRole("checkbox", { name: /^Medium to high/ });
  await tabTo(page, high);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high(#main)?$/);
  await expect(page.getByRole("checkbox", { name: /^Medium to high/ })).toBeChecked();

  const role = page.getByTestId("role-list").getByRole("link", { name: "Data Detective" });
  await tabTo(page, role, 150);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/roles\/data-detective\?tier=medium-to-high$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data Detective");

  await tabTo(page, page.getByTestId("back-to-results"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\?tier=medium-to-high#role-data-detective$/);
  await expect(page.getByRole("checkbox", { name: /^Medium to high/ })).toBeChecked();
});

test("the theme switch overrides the system setting and persists across pages and reloads", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light" });
  const page = await context.newPage();
  await page.goto("/en");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.getByLabel("Theme").selectOption("dark");
  await expect(html).toHaveClass(/\bdark\b/);
  await page.goto("/en/insights");
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.getByLabel("Theme")).toHaveValue("dark");
  await page.getByLabel("Theme").selectOption("system");
  await page.reload();
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveClass(/\bdark\b/);
  await context.close();
});

test("readable at 360 px: no horizontal scrolling of the page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const url of ["/en", "/en/roles/data-detective", "/en/insights", "/en/compare?roles=data-detective&roles=walker-talker", "/en/saved", "/en/about/axes", "/zh/about/axes"]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
  await context.close();
});
