import path from "node:path";
import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";

// The openings admin end to end in Chromium, with two browser contexts: an admin imports
// tests/fixtures/openings/admin-e2e.csv (dry run, then apply) and publishes one of its openings; a visitor then
// finds it on /en/jobs by city + remote + salary + tier, opens it (apply link, JobPosting JSON-LD), and its role's
// page counts it. Everything the test creates is removed afterwards (the other specs expect the seed catalogue).

const PASSWORD = "e2e openings correct horse battery";
const admin = `openings-admin-${Date.now().toString(36)}@e2e.example`;
const FIXTURE = path.join(import.meta.dirname, "../fixtures/openings/admin-e2e.csv");
const EXTERNAL_IDS = ["e2e-admin:1", "e2e-admin:2"];
let db: PrismaClient;

async function removeFixtureOpenings() {
  await db.opening.deleteMany({ where: { externalId: { in: EXTERNAL_IDS } } });
}

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await removeFixtureOpenings();
  await db.staffUser.create({ data: { email: admin, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
});

test.afterAll(async () => {
  await removeFixtureOpenings();
  await db.idempotencyKey.deleteMany({ where: { actorId: (await db.staffUser.findUnique({ where: { email: admin } }))?.id } });
  await db.staffUser.deleteMany({ where: { email: admin } });
  await db.$disconnect();
});

test("an admin imports and publishes an opening; a visitor finds it by city, remote, salary and tier", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto("/en/admin/openings/import");
  await page.getByLabel("Email").fill(admin);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/openings\/import$/);

  // Dry run: both rows would be created, nothing is stored yet.
  await page.getByLabel("File (CSV or JSON)").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const report = page.getByTestId("import-report");
  await expect(report).toContainText("Dry run: nothing was changed.");
  await expect(report).toContainText("2 to create, 0 to update, 0 unchanged, 0 rejected");
  await expect(report.locator("tr[data-action=create]")).toHaveCount(2);
  expect(await db.opening.count({ where: { externalId: { in: EXTERNAL_IDS } } })).toBe(0);

  // Apply: two drafts.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(report).toContainText("Imported.");
  const imported = await db.opening.findMany({ where: { externalId: { in: EXTERNAL_IDS } }, orderBy: { externalId: "asc" } });
  expect(imported.map((o) => o.status)).toEqual(["DRAFT", "DRAFT"]);
  const remote = imported[0]!;

  // Publish the remote one from its admin page (found through the admin list).
  await page.goto("/en/admin/openings?q=E2E%20Remote");
  await page.getByTestId("admin-openings").getByRole("link", { name: "E2E Remote Data Detective" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/openings/${remote.id}$`));
  await expect(page.getByTestId("history").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("history").locator("li").first()).toHaveAttribute("data-action", "opening.import");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("saved-message")).toHaveText("Done: Publish.");
  await expect(page.locator("[data-status=published]")).toBeVisible();
  await expect(page.getByTestId("opening-public-link")).toHaveAttribute("href", `/en/jobs/${remote.slug}`);

  // A visitor (no session) filters the jobs page with its form.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto("/en/jobs");
  await visitor.locator('input[name=city][value="Xiamen"]').check();
  await expect(visitor).toHaveURL(/[?&]city=Xiamen/);
  await visitor.locator("input[name=workplace][value=remote]").check();
  await expect(visitor).toHaveURL(/[?&]workplace=remote/);
  await visitor.locator("input[name=tier][value=medium-to-high]").check();
  await expect(visitor).toHaveURL(/[?&]tier=medium-to-high/);
  await visitor.locator("input[name=salaryMin]").fill("25000");
  await visitor.locator("select[name=currency]").selectOption("CNY");
  await expect(visitor).toHaveURL(/[?&]currency=CNY/);
  await visitor.locator("select[name=period]").selectOption("month");
  await expect(visitor).toHaveURL(/[?&]period=month/);
  const url = new URL(visitor.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({ tier: "medium-to-high", city: "Xiamen", workplace: "remote", salaryMin: "25000", currency: "CNY", period: "month" });
  await expect(visitor.getByTestId("result-count")).toHaveText("1 current opening");
  const card = visitor.locator(`[data-testid=opening-card][data-slug="${remote.slug}"]`);
  await expect(card).toBeVisible();
  // The draft on-site opening in the same city is not public, and a higher floor leaves nothing.
  await expect(visitor.locator("[data-testid=opening-card]")).toHaveCount(1);

  await card.getByRole("link", { name: "E2E Remote Data Detective" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/en/jobs/${remote.slug}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("E2E Remote Data Detective");
  await expect(visitor.getByTestId("apply-link")).toHaveAttribute("href", "https://jobs.example.org/e2e/remote-data-detective");
  const jsonLd = await visitor.locator('script[type="application/ld+json"]').allTextContents();
  const posting = jsonLd.map((s) => JSON.parse(s) as Record<string, unknown>).find((d) => d["@type"] === "JobPosting");
  expect(posting).toMatchObject({ "@type": "JobPosting", title: "E2E Remote Data Detective", jobLocationType: "TELECOMMUTE", hiringOrganization: { name: "E2E Atlas Labs" } });

  await visitor.goto("/en/roles/data-detective");
  await expect(visitor.getByTestId("role-openings-count")).toHaveText("1 current opening");
  await expect(visitor.getByTestId("role-openings").locator(`[data-slug="${remote.slug}"]`)).toBeVisible();
  await context.close();
});
