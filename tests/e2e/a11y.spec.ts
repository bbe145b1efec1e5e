import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";

// axe-core on every public page and the admin pages, in light and dark, including the empty state, an invalid
// query, a 404, an invalid sign-in and an invalid admin form. WCAG 2.0/2.1/2.2 level A and AA rules only.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const REPORT = ".test-output/axe.json";
const PASSWORD = "e2e a11y correct horse battery";
const email = `a11y-${Date.now().toString(36)}@e2e.example`;
const counts: Record<string, number> = {};
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
});

test.afterAll(async () => {
  await db.staffUser.delete({ where: { email } });
  await db.$disconnect();
  const previous = fs.existsSync(REPORT) ? JSON.parse(fs.readFileSync(REPORT, "utf8")) : {};
  fs.mkdirSync(".test-output", { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify({ ...previous, ...counts }, null, 2));
});

/** Runs axe on the current page, records the violation count under `name` and expects none (listing them). */
async function scan(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  counts[name] = results.violations.length;
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

const PUBLIC_PAGES: [string, string, (page: Page) => Promise<void>][] = [
  ["browse", "/", async (p) => void (await expect(p.getByTestId("role-list")).toBeVisible())],
  ["browse filtered, page 2", "/?tier=low-to-medium&pageSize=5&page=2", async (p) => void (await expect(p.getByTestId("role-list")).toBeVisible())],
  ["browse empty state", "/?q=zzzz-no-such-role", async (p) => void (await expect(p.getByTestId("empty-state")).toBeVisible())],
  ["browse invalid query", "/?tier=bogus&page=x", async (p) => void (await expect(p.getByTestId("query-issues")).toBeVisible())],
  ["role", "/roles/data-detective", async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible())],
  ["404", "/roles/no-such-role", async (p) => void (await expect(p.getByRole("heading", { level: 1 })).toBeVisible())],
  ["insights", "/insights", async (p) => void (await expect(p.getByTestId("role-matrix")).toBeVisible())],
  ["compare", "/compare?roles=data-detective&roles=walker-talker", async (p) => void (await expect(p.getByTestId("compare-table")).toBeVisible())],
  ["compare invalid", "/compare?roles=data-detective", async (p) => void (await expect(p.getByTestId("compare-issues")).toBeVisible())],
  ["saved (empty)", "/saved", async (p) => void (await expect(p.getByTestId("empty-state")).toBeVisible())],
  ["sign-in", "/sign-in", async (p) => void (await expect(p.getByLabel("Email")).toBeVisible())],
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("public pages", async ({ page }) => {
      test.setTimeout(90_000);
      for (const [name, url, ready] of PUBLIC_PAGES) {
        await page.goto(url);
        await ready(page);
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        await scan(page, `${name} (${scheme})`);
      }
    });

    test("saved list with a role, and an invalid sign-in", async ({ page }) => {
      await page.goto("/?tier=medium-to-high&horizon=5-year");
      await page.getByRole("button", { name: "Save Data Detective" }).click();
      await page.goto("/saved");
      await expect(page.getByTestId("saved-list")).toBeVisible();
      await scan(page, `saved (one role) (${scheme})`);

      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("not the password at all");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: /./ }).first()).toBeVisible();
      await scan(page, `sign-in invalid (${scheme})`);
    });

    test("admin pages and an invalid admin form", async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto("/sign-in?callbackUrl=%2Fadmin");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/admin$/);
      await scan(page, `admin list (${scheme})`);
      const role = await db.role.findUniqueOrThrow({ where: { slug: "data-detective" } });
      for (const [name, url] of [
        ["admin edit", `/admin/roles/${role.id}`],
        ["admin preview", `/admin/roles/${role.id}/preview`],
        ["admin audit", "/admin/audit"],
        ["admin staff", "/admin/staff"],
        ["admin transfer", "/admin/transfer"],
      ]) {
        await page.goto(url!);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await scan(page, `${name} (${scheme})`);
      }
      await page.goto("/admin/roles/new");
      await page.getByRole("button", { name: "Create draft" }).click();
      await expect(page.getByTestId("titleEn-error")).toBeVisible();
      await scan(page, `admin new, invalid (${scheme})`);
    });
  });
}
