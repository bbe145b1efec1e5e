import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { insertE2eOpenings, removeE2eOpenings } from "../support/e2e-openings";

// A visitor in Chromium against the production build, whose own queue worker (instrumentation.ts) writes mails to
// .test-output/e2e-mail (playwright.config.ts): subscribe from a filtered jobs page, follow the confirmation link
// from the captured mail, confirm, manage (frequency, pause) and unsubscribe from everything. Also without JavaScript.

const MAIL_DIR = path.resolve(".test-output/e2e-mail");
const stamp = Date.now().toString(36);
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await insertE2eOpenings(db, stamp);
  // Every run subscribes from the same client address: start below the per-IP limit (20 an hour).
  await db.$executeRaw`DELETE FROM auth_rate_limits WHERE key LIKE 'alert-ip%'`;
});
test.afterAll(async () => {
  await db.alertSubscription.deleteMany({ where: { email: { contains: stamp } } });
  await db.mailSuppression.deleteMany({ where: { email: { contains: stamp } } });
  await removeE2eOpenings(db, stamp);
  await db.$disconnect();
});

/** The first mail written to MAIL_DIR for `to`, parsed; waits up to 30 s for the worker. */
async function mailTo(to: string) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    for (const name of fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR) : []) {
      const raw = fs.readFileSync(path.join(MAIL_DIR, name));
      if (!raw.includes(to)) continue;
      return simpleParser(raw);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail for ${to} in ${MAIL_DIR}`);
}

async function subscribe(page: Page, email: string, frequency: "daily" | "weekly") {
  await page.goto("/en/jobs?workplace=remote");
  await expect(page.getByTestId("opening-list")).toBeVisible();
  const form = page.getByTestId("alert-form");
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("How often").selectOption(frequency);
  await form.getByRole("button", { name: "Get alerts" }).click();
  await expect(page.getByTestId("alert-status")).toContainText("a confirmation link is on its way");
}

test("subscribe from a filtered jobs page, confirm from the mail, manage and unsubscribe", async ({ page }) => {
  const email = `e2e-alert-${stamp}@example.com`;
  // A wrong address first: a clear message, nothing stored.
  await page.goto("/en/jobs?workplace=remote");
  await page.getByTestId("alert-form").getByLabel("Email address").fill("not-an-address");
  await page.getByTestId("alert-form").getByRole("button", { name: "Get alerts" }).click();
  await expect(page.locator("#alert-email-error")).toHaveText("Enter a valid email address, such as name@example.com.");

  await subscribe(page, email, "weekly");
  const stored = await db.alertSubscription.findFirstOrThrow({ where: { email } });
  expect(stored).toMatchObject({ status: "PENDING", frequency: "WEEKLY", locale: "en" });
  expect(stored.query).toMatchObject({ workplace: ["remote"] });

  const mail = await mailTo(email);
  expect(mail.subject).toBe("Confirm your job alert");
  const link = mail.text!.match(/http:\/\/localhost:\d+\/en\/alerts\/confirm\?token=\S+/)![0];
  await page.goto(link);
  await expect(page.getByTestId("alert-search")).toHaveText("remote");
  await page.getByRole("button", { name: "Confirm alert" }).click();

  await expect(page).toHaveURL(/\/en\/alerts\/manage\?token=.+&done=confirmed/);
  await expect(page.getByTestId("alert-status")).toContainText("Your alert is on");
  const item = page.getByTestId("alert-item");
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId("alert-item-status")).toContainText("Active");
  await expect(item.getByTestId("alert-item-frequency")).toHaveText("Weekly");

  // The confirmation link again: already used, nothing changes.
  const manageUrl = page.url();
  await page.goto(link);
  await expect(page.getByTestId("alert-error")).toContainText("already used");
  await page.goto(manageUrl);

  await item.locator("select[name=frequency]").selectOption("daily");
  await item.getByRole("button", { name: "Change frequency" }).click();
  await expect(page.getByTestId("alert-status")).toHaveText("Saved.");
  await expect(item.getByTestId("alert-item-frequency")).toHaveText("Daily");
  await item.getByRole("button", { name: "Pause" }).click();
  await expect(item.getByTestId("alert-item-status")).toContainText("Paused");

  await page.getByRole("button", { name: "Unsubscribe from all alerts" }).click();
  await expect(page.getByTestId("alert-status")).toContainText("You are unsubscribed");
  await expect(item.getByTestId("alert-item-status")).toContainText("Unsubscribed");
  expect(await db.mailSuppression.findUnique({ where: { email } })).not.toBeNull();

  // A tampered manage link shows a message, no alerts.
  await page.goto(manageUrl.replace(/token=([^&]+)/, (_m, t: string) => `token=${t.slice(0, -3)}xyz`));
  await expect(page.getByTestId("alert-error")).toBeVisible();
  await expect(page.getByTestId("alert-list")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("subscribing works and answers the same", async ({ page }) => {
    const email = `e2e-alert-nojs-${stamp}@example.com`;
    await subscribe(page, email, "daily");
    expect(await db.alertSubscription.count({ where: { email } })).toBe(1);
    // Again: the same answer, no second alert.
    await subscribe(page, email, "daily");
    expect(await db.alertSubscription.count({ where: { email } })).toBe(1);
  });
});
