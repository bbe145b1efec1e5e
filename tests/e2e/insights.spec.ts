import { expect, test } from "@playwright/test";
import { waitForHydration } from "../support/hydration";
import { SEED_ROLES } from "../../prisma/seed-data";

const TIER = { LOW_TO_MEDIUM: "low-to-medium", MEDIUM_TO_HIGH: "medium-to-high" } as const;
const HORIZON = { FIVE_YEARS: "5-year", TEN_YEARS: "10-year" } as const;
const tierOf = (r: (typeof SEED_ROLES)[number]) => (r.tier ? TIER[r.tier] : "unspecified");
const horizonOf = (r: (typeof SEED_ROLES)[number]) => (r.horizon ? HORIZON[r.horizon] : "unspecified");

test("the insights matrix shows every cell's count and roles, from the seed", async ({ page }) => {
  await page.goto("/en/insights");
  const matrix = page.getByTestId("role-matrix");
  await expect(matrix.locator("tbody tr")).toHaveCount(3);
  await expect(matrix.locator("thead th")).toHaveCount(3);
  for (const t of ["low-to-medium", "medium-to-high", "unspecified"]) {
    for (const h of ["5-year", "10-year", "unspecified"]) {
      const n = SEED_ROLES.filter((r) => tierOf(r) === t && horizonOf(r) === h).length;
      const cell = matrix.locator(`td[data-cell="${t}|${h}"]`);
      await expect(cell.getByTestId("cell-count")).toHaveText(new RegExp(`^${n === 1 ? "1 role" : `${n} roles`}`));
      await expect(cell.locator("li a")).toHaveCount(n);
    }
  }
  // The seed's role with no tier (基因多样化官) is in the "Not specified" row.
  await expect(matrix.locator('td[data-cell^="unspecified|"]').getByText("基因多样化官")).toBeVisible();
});

test("the pay chart is an image with a text alternative and a data table of the article's figures", async ({ page }) => {
  await page.goto("/en/insights");
  const chart = page.getByRole("img", { name: /entry-level engineers/i });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Google: \$184,000/);
  const table = page.getByTestId("pay-table");
  await expect(table.locator("tbody tr")).toHaveCount(5);
  await expect(table.locator("tbody tr").nth(0)).toContainText("$159,000");
  await expect(table.locator("tbody tr").nth(0)).toContainText("CN¥1,159,000");
  await expect(page.locator("p", { hasText: /^Source: Blind report/ })).toBeVisible();
});

test("ticking roles in the matrix compares them side by side; the selection lives in the URL", async ({ page }) => {
  await page.goto("/en/insights");
  await page.getByRole("checkbox", { name: "Compare Data Detective" }).check();
  await page.getByRole("checkbox", { name: "Compare Walker/Talker" }).check();
  await page.getByRole("button", { name: "Compare selected roles" }).click();
  await expect(page).toHaveURL(/\/en\/compare\?roles=[a-z-]+&roles=[a-z-]+$/);
  const table = page.getByTestId("compare-table");
  await expect(table.locator("thead th")).toHaveCount(2);
  await expect(table).toContainText("数据侦探");

  await page.goto("/en/compare?roles=data-detective&roles=no-such-role");
  await expect(page.getByTestId("compare-issues")).toContainText("We have no published role at the address “no-such-role”");
  await page.goto("/en/compare?roles=a&roles=b&roles=c&roles=d&roles=e");
  await expect(page.getByTestId("compare-issues")).toContainText("5 roles were picked, but at most 4 can be compared at a time");
});

test("a role saved from its card is listed at /saved and survives a reload", async ({ page }) => {
  await page.goto("/en/saved");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await page.goto("/en?tier=medium-to-high&horizon=5-year");
  await waitForHydration(page);
  const save = page.getByRole("button", { name: "Save Data Detective" });
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await page.goto("/en/saved");
  await expect(page.getByTestId("saved-list").getByRole("link", { name: "Data Detective" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("saved-count")).toHaveText("1 saved role");
  await page.getByRole("button", { name: "Remove Data Detective" }).click();
  await expect(page.getByTestId("empty-state")).toBeVisible();
});
