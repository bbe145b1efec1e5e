import { type Browser, expect, type Page, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { SEED_ROLES } from "../../prisma/seed-data";

// The issue's flow end to end in Chromium against the production build: sign in → create a draft → it is not
// public → publish → it appears on the browse page with the right facet counts → two browser contexts edit →
// the second save gets the conflict → the history shows both.

const PASSWORD = "e2e correct horse battery";
const stamp = Date.now().toString(36);
const alice = `alice-${stamp}@e2e.example`;
const bob = `bob-${stamp}@e2e.example`;
const TITLE = `Synthetic Ethicist ${stamp}`;
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  const passwordHash = await hashPassword(PASSWORD);
  await db.staffUser.createMany({ data: [alice, bob].map((email) => ({ email, passwordHash, role: "ADMIN" as const })) });
});

test.afterAll(async () => {
  // Leave the catalogue as the other e2e tests expect it (the seed only).
  await db.$executeRaw`DELETE FROM roles WHERE title_en LIKE ${`%${stamp}%`}`;
  await db.$disconnect();
});

async function signIn(page: Page, email: string, target = "/en/admin") {
  await page.goto(target);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function newSignedInPage(browser: Browser, email: string, target: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, target);
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[/?]/g, "\\$&")}$`));
  return page;
}

test("sign in, draft, publish, browse with facet counts, conflicting edits, history", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, alice);
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(alice);

  // Create a draft; the empty form first shows the error beside the field.
  await page.getByRole("link", { name: "New listing" }).first().click();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("titleEn-error")).toContainText("Give an English or a Chinese title");
  await expect(page.getByLabel("English title")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("English title").fill(TITLE);
  await page.getByLabel("Chinese title").fill("合成伦理师");
  await page.getByLabel("Skill tier").selectOption("low-to-medium");
  await page.getByLabel("Emergence horizon").selectOption("10-year");
  await page.getByLabel("English summary").fill("Audits synthetic data for fairness.");
  await page.getByLabel("English description (Markdown)").fill("Works with **data teams**. [More](https://example.com) <script>window.pwned=1</script>");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByTestId("saved-message")).toHaveText("Saved.");
  const adminUrl = page.url().replace(/\?.*$/, "");
  const slug = `synthetic-ethicist-${stamp}`;

  // A draft is not public.
  expect((await page.request.get(`/en/roles/${slug}`)).status()).toBe(404);
  expect((await page.request.get(`/api/roles/${slug}`)).status()).toBe(404);
  const before = await (await page.request.get("/api/roles?pageSize=1")).json();
  expect(before.total).toBe(SEED_ROLES.length);

  // Publish.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("saved-message")).toHaveText("Done: Publish.");
  await expect(page.locator("[data-status]").first()).toHaveAttribute("data-status", "published");

  // It is on the browse page at once, with facet counts that include it.
  const low = SEED_ROLES.filter((r) => r.tier === "LOW_TO_MEDIUM").length + 1;
  const tenYearLow = SEED_ROLES.filter((r) => r.tier === "LOW_TO_MEDIUM" && r.horizon === "TEN_YEARS").length + 1;
  await page.goto("/en?tier=low-to-medium");
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${low} roles`));
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(page.locator("label", { hasText: "Within 10 years" }).locator("[data-facet-count]")).toHaveAttribute("data-facet-count", String(tenYearLow));
  await expect(page.locator("label", { hasText: "Low to medium" }).locator("[data-facet-count]")).toHaveAttribute("data-facet-count", String(low));
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText("data teams")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  // Two people open the same version and edit it.
  const a = await newSignedInPage(browser, alice, new URL(adminUrl).pathname);
  const b = await newSignedInPage(browser, bob, new URL(adminUrl).pathname);
  await a.getByLabel("English summary").fill("Alice's summary.");
  await b.getByLabel("English summary").fill("Bob's summary.");
  await b.getByLabel("Chinese summary").fill("鲍勃的摘要。");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByTestId("saved-message")).toHaveText("Saved.");

  await b.getByRole("button", { name: "Save changes" }).click();
  const message = b.getByTestId("form-message");
  await expect(message).toContainText("Someone else saved this listing");
  await expect(b.getByTestId("conflict-changes")).toContainText("Alice's summary.");
  await expect(b.getByTestId("conflict-changes")).toContainText(alice);
  // Bob's input is kept for merging; saving again deliberately overwrites.
  await expect(b.getByLabel("English summary")).toHaveValue("Bob's summary.");
  await expect(b.getByLabel("Chinese summary")).toHaveValue("鲍勃的摘要。");
  await b.getByRole("button", { name: "Save over their version" }).click();
  await expect(b.getByTestId("saved-message")).toHaveText("Saved.");

  // The history shows both edits, by both people.
  const history = b.getByTestId("history");
  const updates = history.locator('[data-action="role.update"]');
  await expect(updates).toHaveCount(2);
  await expect(updates.nth(0)).toContainText(bob);
  await expect(updates.nth(0)).toContainText("Bob's summary.");
  await expect(updates.nth(1)).toContainText(alice);
  await expect(updates.nth(1)).toContainText("Alice's summary.");
  await expect(history.locator('[data-action="role.publish"]')).toContainText(alice);

  // And the public page and API show the final version at once.
  expect((await (await page.request.get(`/api/roles/${slug}`)).json()).summaryEn).toBe("Bob's summary.");
});

test("after sign-in the user lands where they were going, on this site only", async ({ page }) => {
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/steal")}`);
  await page.getByLabel("Email").fill(alice);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not correct" })).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/en\/admin$/);

  await page.goto("/en/admin/audit?entity=role");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("visitors are sent to sign in and admin APIs refuse them", async ({ page }) => {
  const res = await page.goto("/en/admin/roles/new");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin%2Froles%2Fnew$/);
  expect(res?.status()).toBe(200);
  expect((await page.request.get("/api/admin/export?format=csv")).status()).toBe(401);
  for (const target of ["//evil.example", "/%E0%A4%A", "javascript:alert(1)"]) {
    const r = await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    expect(r?.status()).toBe(200);
    await expect(page.locator('input[name="callbackUrl"]')).toHaveValue("/en/admin");
  }
});

/** A listing made directly in the database (version 1, as a fresh one), its title carrying `stamp` for cleanup. */
async function makeListing(name: string, status: "DRAFT" | "PUBLISHED") {
  return db.role.create({
    data: {
      slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${stamp}`,
      titleEn: `${name} ${stamp}`,
      titleZh: "编辑安全",
      summaryEn: "Original summary.",
      summaryZh: "",
      descriptionEn: "Original description.",
      descriptionZh: "",
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
}

test("save over their version keeps their changes to fields you did not edit, and says what it overwrites", async ({ browser }) => {
  test.setTimeout(120_000);
  const role = await makeListing("Merge Probe", "DRAFT");
  const path = `/en/admin/roles/${role.id}`;
  // Both open version 1.
  const a = await newSignedInPage(browser, alice, path);
  const b = await newSignedInPage(browser, bob, path);
  const aliceTitle = `Merge Probe by Alice ${stamp}`;

  // A changes the title and the English summary, and saves.
  await a.getByLabel("English title").fill(aliceTitle);
  await a.getByLabel("English summary").fill("Alice's summary.");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByTestId("saved-message")).toHaveText("Saved.");

  // B, from the same version, changes the description and the English summary.
  await b.getByLabel("English description (Markdown)").fill("Bob's description.");
  await b.getByLabel("English summary").fill("Bob's summary.");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByTestId("form-message")).toContainText("Nothing was saved yet");
  expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).descriptionEn).toBe("Original description.");

  // The conflict view: A's title will be kept (and the form now shows it); A's summary will be overwritten by B's.
  const kept = b.getByTestId("conflict-kept");
  const overwritten = b.getByTestId("conflict-overwritten");
  await expect(kept.locator("tr[data-field=titleEn]")).toContainText(aliceTitle);
  await expect(kept.locator("tr[data-field=titleEn]")).toContainText(alice);
  await expect(kept.locator("tr[data-field=titleEn]")).toContainText("You did not change this field");
  await expect(overwritten.locator("tr[data-field=summaryEn]")).toContainText("Alice's summary.");
  await expect(overwritten.locator("tr[data-field=summaryEn]")).toContainText("Bob's summary.");
  await expect(overwritten.locator("tbody tr")).toHaveCount(1);
  await expect(b.getByLabel("English title")).toHaveValue(aliceTitle);
  await expect(b.getByLabel("English description (Markdown)")).toHaveValue("Bob's description.");
  await expect(b.getByLabel("English summary")).toHaveValue("Bob's summary.");

  // Saving over stores both people's changes.
  await b.getByRole("button", { name: "Save over their version" }).click();
  await expect(b.getByTestId("saved-message")).toHaveText("Saved.");
  const stored = await db.role.findUniqueOrThrow({ where: { id: role.id } });
  expect(stored).toMatchObject({ titleEn: aliceTitle, descriptionEn: "Bob's description.", summaryEn: "Bob's summary.", version: 3 });
  await expect(b.getByLabel("English title")).toHaveValue(aliceTitle);
  await expect(b.getByLabel("English description (Markdown)")).toHaveValue("Bob's description.");
  const bobsEntry = b.getByTestId("history").locator('[data-action="role.update"]').first();
  await expect(bobsEntry).toContainText(bob);
  await expect(bobsEntry).not.toContainText("English title");
  await a.context().close();
  await b.context().close();
});

test("\"Use theirs\" in the conflict view moves a field to the kept changes", async ({ browser }) => {
  const role = await makeListing("Use Theirs Probe", "DRAFT");
  const path = `/en/admin/roles/${role.id}`;
  const a = await newSignedInPage(browser, alice, path);
  const b = await newSignedInPage(browser, bob, path);
  await a.getByLabel("English summary").fill("Alice's summary.");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByTestId("saved-message")).toHaveText("Saved.");
  await b.getByLabel("English summary").fill("Bob's summary.");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByTestId("conflict-overwritten").locator("tr[data-field=summaryEn]")).toBeVisible();
  await b.getByTestId("conflict-overwritten").locator("tr[data-field=summaryEn]").getByRole("button", { name: "Use theirs" }).click();
  await expect(b.getByLabel("English summary")).toHaveValue("Alice's summary.");
  await expect(b.getByTestId("conflict-none-overwritten")).toBeVisible();
  await expect(b.getByTestId("conflict-kept").locator("tr[data-field=summaryEn]")).toBeVisible();
  await a.context().close();
  await b.context().close();
});

test("archive asks for confirmation in a dialog; cancel changes nothing", async ({ page }) => {
  const role = await makeListing("Archive Probe", "PUBLISHED");
  await signIn(page, alice, `/en/admin/roles/${role.id}`);
  await expect(page.locator("form[data-dialog=ready]").first()).toBeAttached();
  const status = page.locator("header [data-status]");
  await expect(status).toHaveAttribute("data-status", "published");

  await page.getByRole("button", { name: "Archive" }).click();
  const dialog = page.getByRole("dialog", { name: `Archive “Archive Probe ${stamp}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("it leaves the public pages");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Archive" })).toBeFocused();
  await page.getByRole("button", { name: "Archive" }).click();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(page.url()).not.toContain("/confirm");
  expect(await db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ status: "PUBLISHED", version: 1 });

  await page.getByRole("button", { name: "Archive" }).click();
  await dialog.getByRole("button", { name: "Confirm archive" }).click();
  await expect(page.getByTestId("saved-message")).toHaveText("Done: Archive.");
  await expect(status).toHaveAttribute("data-status", "archived");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  expect((await page.request.get(`/api/roles/${role.slug}`)).status()).toBe(404);
});

test("without JavaScript, unpublish and delete go through a confirm page", async ({ browser }) => {
  test.setTimeout(90_000);
  const role = await makeListing("No Script Probe", "PUBLISHED");
  const signedIn = await newSignedInPage(browser, alice, "/en/admin");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  await signedIn.context().close();
  const page = await context.newPage();
  await page.goto(`/en/admin/roles/${role.id}`);

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/roles/${role.id}/confirm\\?intent=unpublish&version=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Unpublish “No Script Probe ${stamp}”?`);
  await expect(page.getByText("goes back to draft")).toBeVisible();
  await expect(page.getByTestId("confirm-state").locator("[data-status]")).toHaveAttribute("data-status", "published");
  expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).status).toBe("PUBLISHED");
  // Cancel leads back and changes nothing.
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/roles/${role.id}$`));
  await page.getByRole("button", { name: "Unpublish" }).click();
  await page.getByRole("button", { name: "Confirm unpublish" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/roles/${role.id}\\?done=unpublish$`));
  await expect(page.getByTestId("saved-message")).toHaveText("Done: Unpublish.");
  expect(await db.role.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ status: "DRAFT", version: 2 });

  // A confirm page opened from an older version says so, and confirms the version it shows.
  await page.goto(`/en/admin/roles/${role.id}/confirm?intent=delete&version=1`);
  await expect(page.getByTestId("confirm-changed")).toContainText("you saw version 1, it is now at 2");
  await page.getByRole("button", { name: "Confirm delete" }).click();
  await expect(page.getByTestId("saved-message")).toHaveText("Done: Delete.");
  expect((await db.role.findUniqueOrThrow({ where: { id: role.id } })).deletedAt).not.toBeNull();

  // A step that does not apply now offers no button; a step that needs no confirmation has no confirm page.
  await page.goto(`/en/admin/roles/${role.id}/confirm?intent=archive&version=3`);
  await expect(page.getByTestId("confirm-refused")).toHaveText("This step does not apply to the listing in its current state.");
  await expect(page.getByRole("button", { name: "Confirm archive" })).toHaveCount(0);
  expect((await page.goto(`/en/admin/roles/${role.id}/confirm?intent=publish`))?.status()).toBe(404);
  await context.close();
});
