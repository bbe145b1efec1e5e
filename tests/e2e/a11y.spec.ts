import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { waitForHydration } from "../support/hydration";
import { randomUUID } from "node:crypto";
import { signToken } from "../../lib/alerts/tokens";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { insertE2eOpenings, removeE2eOpenings } from "../support/e2e-openings";

// axe-core on every public page and the admin pages, in both locales and in light and dark, including the empty
// state, an invalid query, a 404, the error page, an invalid sign-in and an invalid admin form. WCAG 2.0/2.1/2.2
// level A and AA rules only. Locators avoid visible text so one list serves both languages.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const REPORT = ".test-output/axe.json";
const PASSWORD = "e2e a11y correct horse battery";
const email = `a11y-${Date.now().toString(36)}@e2e.example`;
const LOCALES = ["en", "zh"] as const;
const counts: Record<string, number> = {};
const stamp = Date.now().toString(36);
const OPENING_EXTERNAL_ID = `e2e-a11y:${stamp}`;
let db: PrismaClient;
/** Job alerts for the alert pages: a pending one (confirm page) and an active one (manage, unsubscribe). */
const ALERT_EMAIL = `a11y-alert-${stamp}@e2e.example`;
const PENDING_ALERT = randomUUID();
const ACTIVE_ALERT = randomUUID();
/** A draft of this run's own, for the confirm page, the confirm dialog and the conflict view (they change it). */
let probeId: string;
let openingId: string;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
  probeId = (await db.role.create({
    data: { slug: `a11y-probe-${stamp}`, titleEn: `A11y Probe ${stamp}`, titleZh: "无障碍测试", summaryEn: "", summaryZh: "", descriptionEn: "", descriptionZh: "" },
  })).id;
  await insertE2eOpenings(db, stamp);
  await db.alertSubscription.createMany({
    data: [
      { id: PENDING_ALERT, email: ALERT_EMAIL, locale: "en", frequency: "WEEKLY", query: { q: "数据", city: ["上海"] } },
      { id: ACTIVE_ALERT, email: ALERT_EMAIL, locale: "en", frequency: "DAILY", query: { workplace: ["remote"] }, status: "ACTIVE", confirmedAt: new Date() },
    ],
  });
  // A draft opening for the openings admin pages (removed afterwards; the other specs expect the seed catalogue).
  const opening = await db.opening.create({
    data: {
      slug: `a11y-opening-${Date.now().toString(36)}`,
      titleEn: "Accessibility Probe Analyst",
      titleZh: "无障碍检查分析师",
      employerName: "A11y Corp",
      workplaceType: "HYBRID",
      locations: [{ city: "上海", country: "CN" }],
      remoteCountries: ["CN"],
      employmentType: "FULL_TIME",
      salaryMin: 20000,
      salaryMax: 30000,
      salaryCurrency: "CNY",
      salaryPeriod: "MONTH",
      applyUrl: "https://jobs.example/a11y",
      datePosted: new Date("2026-11-20T00:00:00Z"),
      validThrough: new Date("2099-12-31T00:00:00Z"),
      externalId: OPENING_EXTERNAL_ID,
      role: { connect: { slug: "data-detective" } },
    },
  });
  openingId = opening.id;
});

test.afterAll(async () => {
  await db.role.delete({ where: { id: probeId } });
  await db.opening.deleteMany({ where: { externalId: OPENING_EXTERNAL_ID } });
  await db.staffUser.delete({ where: { email } });
  await db.alertSubscription.deleteMany({ where: { email: ALERT_EMAIL } });
  await removeE2eOpenings(db, stamp);
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

const visible = (p: Page, selector: string) => expect(p.locator(selector).first()).toBeVisible();
const h1 = (p: Page) => expect(p.getByRole("heading", { level: 1 })).toBeVisible();

/** [name, locale-free path, wait until ready] */
const PUBLIC_PAGES: [string, string, (page: Page) => Promise<void>][] = [
  ["browse", "", (p) => visible(p, "[data-testid=role-list]")],
  ["browse filtered, page 2", "?tier=low-to-medium&pageSize=5&page=2", (p) => visible(p, "[data-testid=role-list]")],
  ["browse empty state", "?q=zzzz-no-such-role", (p) => visible(p, "[data-testid=empty-state]")],
  ["browse corrected spelling, highlights", "?q=detectve", (p) => visible(p, "[data-testid=spelling-notice]")],
  ["browse zero-results help", "?q=detectve&exact=1&tier=medium-to-high", (p) => visible(p, "[data-testid=zero-results-help]")],
  ["browse Chinese highlights", "?q=数据分析", (p) => visible(p, "[data-testid=role-list]")],
  ["browse invalid query", "?tier=bogus&page=x", (p) => visible(p, "[data-testid=query-issues]")],
  ["role", "/roles/data-detective", h1],
  ["role with no tier", "/roles/genetic-diversity-officer", h1],
  ["404", "/roles/no-such-role", h1],
  ["insights", "/insights", (p) => visible(p, "[data-testid=role-matrix]")],
  ["compare", "/compare?roles=data-detective&roles=walker-talker", (p) => visible(p, "[data-testid=compare-table]")],
  ["compare invalid", "/compare?roles=data-detective", (p) => visible(p, "[data-testid=compare-issues]")],
  ["compare, none picked", "/compare", (p) => visible(p, "[data-testid=compare-hint]")],
  ["about the axes", "/about/axes", (p) => visible(p, "[data-testid=axes-reviewed]")],
  ["saved (empty)", "/saved", (p) => visible(p, "[data-testid=empty-state]")],
  ["sign-in", "/sign-in", (p) => visible(p, "input[name=email]")],
  ["jobs", "/jobs", (p) => visible(p, "[data-testid=opening-list]")],
  ["jobs filtered", "/jobs?workplace=remote&salaryMin=1000&currency=USD", (p) => visible(p, "[data-testid=opening-list]")],
  ["jobs empty state", "/jobs?q=zzzz-no-such-job", (p) => visible(p, "[data-testid=empty-state]")],
  ["jobs zero-results help", "/jobs?q=analyst&workplace=remote", (p) => visible(p, "[data-testid=zero-results-help]")],
  ["jobs corrected spelling", "/jobs?q=anallyst", (p) => visible(p, "[data-testid=spelling-notice]")],
  ["jobs invalid query", "/jobs?posted=3&currency=XYZ", (p) => visible(p, "[data-testid=query-issues]")],
  ["opening", `/jobs/e2e-shanghai-analyst-${stamp}`, (p) => visible(p, "[data-testid=apply-link]")],
  ["opening closed", `/jobs/e2e-closed-analyst-${stamp}`, (p) => visible(p, "[data-testid=opening-closed]")],
  ["jobs with an alert form error", "/jobs?workplace=remote", async (p) => {
    await p.locator("#alert-email").fill("not-an-address");
    await p.locator("[data-testid=alert-form] button[type=submit]").click();
    await visible(p, "#alert-email-error");
  }],
  ["alert confirm", `/alerts/confirm?token=${signToken("confirm", PENDING_ALERT)}`, (p) => visible(p, "[data-testid=alert-search]")],
  ["alert confirm invalid", "/alerts/confirm?token=forged", (p) => visible(p, "[data-testid=alert-error]")],
  ["alert manage", `/alerts/manage?token=${signToken("manage", ALERT_EMAIL)}`, (p) => visible(p, "[data-testid=alert-list]")],
  ["alert manage invalid", "/alerts/manage?token=forged", (p) => visible(p, "[data-testid=alert-error]")],
  ["alert unsubscribe", `/alerts/unsubscribe?token=${signToken("unsubscribe", ACTIVE_ALERT)}`, h1],
];

async function signIn(page: Page, locale: string) {
  await page.goto(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/admin`)}`);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

for (const scheme of ["light", "dark"] as const) {
  for (const locale of LOCALES) {
    test.describe(`axe, ${locale}, ${scheme} theme`, () => {
      test.use({ colorScheme: scheme });

      // One test per page: each gets its own time budget, and a failure names the page.
      for (const [name, path, ready] of PUBLIC_PAGES) {
        test(`public: ${name}`, async ({ page }) => {
          await page.goto(`/${locale}${path}`);
          await ready(page);
          await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
          await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
          await scan(page, `${name} (${locale}, ${scheme})`);
        });
      }

      test("saved list with a role, and an invalid sign-in", async ({ page }) => {
        await page.goto(`/${locale}?tier=medium-to-high&horizon=5-year`);
        await waitForHydration(page);
        await page.getByTestId("save-button").first().click();
        await page.goto(`/${locale}/saved`);
        await expect(page.getByTestId("saved-list")).toBeVisible();
        await scan(page, `saved (one role) (${locale}, ${scheme})`);

        await page.goto(`/${locale}/sign-in`);
        await page.locator("input[name=email]").fill(email);
        await page.locator("input[name=password]").fill("not the password at all");
        await page.locator("form button[type=submit]").click();
        await expect(page.locator("#sign-in-error")).not.toBeEmpty();
        await scan(page, `sign-in invalid (${locale}, ${scheme})`);
      });

      test("admin pages and an invalid admin form", async ({ page }) => {
        test.setTimeout(180_000);
        await signIn(page, locale);
        await scan(page, `admin list (${locale}, ${scheme})`);
        const role = await db.role.findUniqueOrThrow({ where: { slug: "data-detective" } });
        for (const [name, path] of [
          ["admin edit", `/admin/roles/${role.id}`],
          ["admin preview", `/admin/roles/${role.id}/preview`],
          ["admin audit", "/admin/audit"],
          ["admin staff", "/admin/staff"],
          ["admin transfer", "/admin/transfer"],
          ["admin openings", "/admin/openings"],
          ["admin openings filtered", "/admin/openings?status=draft&q=probe"],
          ["admin opening edit", `/admin/openings/${openingId}`],
          ["admin openings import", "/admin/openings/import"],
        ] as const) {
          await page.goto(`/${locale}${path}`);
          await h1(page);
          await scan(page, `${name} (${locale}, ${scheme})`);
        }
        // The role form's own submit button (the header's sign-out is a form too).
        const saveButton = "form:has([data-testid=titleEn-error]) button[type=submit]";
        await page.goto(`/${locale}/admin/roles/new`);
        await page.locator(saveButton).click();
        await expect(page.getByTestId("titleEn-error")).not.toBeEmpty();
        await scan(page, `admin new, invalid (${locale}, ${scheme})`);

        // The confirm page (opened from version 1, so it also shows the "changed since" notice once the probe moved on).
        await page.goto(`/${locale}/admin/roles/${probeId}/confirm?intent=archive&version=1`);
        await h1(page);
        await scan(page, `admin confirm page (${locale}, ${scheme})`);

        // The confirm dialog, open.
        await page.goto(`/${locale}/admin/roles/${probeId}`);
        await expect(page.locator("form[data-dialog=ready]").first()).toBeAttached();
        await page.locator("form[data-dialog=ready]:has(input[name=intent][value=delete]) button").click();
        await expect(page.getByTestId("confirm-dialog-delete")).toBeVisible();
        await scan(page, `admin confirm dialog (${locale}, ${scheme})`);
        await page.keyboard.press("Escape");
        await expect(page.getByTestId("confirm-dialog-delete")).toBeHidden();

        // The conflict view: another tab saves the same version first (title and summary), then this one
        // (summary and description), so the view lists a change it keeps and one it overwrites.
        const other = await page.context().newPage();
        await other.goto(`/${locale}/admin/roles/${probeId}`);
        await other.locator("#titleEn").fill(`A11y Probe ${locale} ${scheme} ${Date.now()}`);
        await other.locator("#summaryEn").fill(`Their summary ${locale} ${scheme}`);
        await other.locator(saveButton).click();
        await expect(other.getByTestId("saved-message")).toBeVisible();
        await other.close();
        await page.locator("#summaryEn").fill(`My summary ${locale} ${scheme}`);
        await page.locator("#descriptionEn").fill(`My description ${locale} ${scheme}`);
        await page.locator(saveButton).click();
        await expect(page.getByTestId("conflict-overwritten")).toBeVisible();
        await expect(page.getByTestId("conflict-kept")).toBeVisible();
        await scan(page, `admin conflict view (${locale}, ${scheme})`);

        await page.goto(`/${locale}/admin/openings/new`);
        await page.locator("[data-testid=opening-form] button[type=submit]").click();
        await expect(page.getByTestId("employerName-error")).not.toBeEmpty();
        await scan(page, `admin new opening, invalid (${locale}, ${scheme})`);

        // The openings import report after a dry run (a file with one good and one refused row; nothing stored).
        await page.goto(`/${locale}/admin/openings/import`);
        await page.locator("input[type=file][name=file]").setInputFiles(path.join(import.meta.dirname, "../fixtures/openings/greenhouse.json"));
        await page.locator("#import-role").selectOption("title-rules");
        await page.locator("[data-testid=opening-import-form] button[type=submit]").click();
        await expect(page.getByTestId("import-report").locator("tr[data-action=reject]").first()).toBeVisible();
        await scan(page, `admin openings import report (${locale}, ${scheme})`);
      });
    });
  }
}

test.describe("the error page", () => {
  // A real failure: the roles table disappears for a moment (as in a botched migration), so the page's query
  // throws and the error boundary renders. Restored in `finally`; workers run one at a time.
  test("is shown when the database fails, in both locales and themes, and passes axe", async ({ browser }) => {
    test.setTimeout(90_000);
    await db.$executeRawUnsafe("ALTER TABLE roles RENAME TO roles_away");
    try {
      for (const scheme of ["light", "dark"] as const) {
        for (const locale of LOCALES) {
          const context = await browser.newContext({ colorScheme: scheme });
          const page = await context.newPage();
          const response = await page.goto(`/${locale}/roles/data-detective`);
          expect(response?.status()).toBe(500);
          const alert = page.getByTestId("error-page");
          await expect(alert).toBeVisible();
          await expect(alert.getByRole("button")).toBeVisible();
          // Its words reach the client boundary from the layout (ErrorTextProvider), in the page's language.
          await expect(alert.getByRole("heading", { level: 1 })).toHaveText(locale === "zh" ? "出错了" : "Something went wrong");
          await expect(alert.getByRole("button")).toHaveText(locale === "zh" ? "重试" : "Try again");
          await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : "en");
          await scan(page, `error page (${locale}, ${scheme})`);
          await context.close();
        }
      }
    } finally {
      await db.$executeRawUnsafe("ALTER TABLE roles_away RENAME TO roles");
    }
  });
});
