import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";

// Issue 12, item 4, in Chromium: a copy of a signed-in admin's cookies stops working as soon as the admin signs out
// (it used to keep working for 8 hours).
const PASSWORD = "e2e sessions correct horse";
const email = `sessions-${Date.now().toString(36)}@e2e.example`;
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
});
test.afterAll(async () => {
  await db.staffUser.delete({ where: { email } });
  await db.$disconnect();
});

test("signing out revokes the session: a copied cookie no longer opens the admin", async ({ page, browser }) => {
  await page.goto("/en/admin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);

  // Another browser with a copy of the cookies is signed in too…
  const copy = await browser.newContext({ storageState: await page.context().storageState() });
  const thief = await copy.newPage();
  await thief.goto("/en/admin");
  await expect(thief).toHaveURL(/\/en\/admin$/);
  await expect(thief.getByTestId("signed-in-as")).toContainText(email);

  // …until the owner signs out.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await thief.goto("/en/admin");
  await expect(thief).toHaveURL(/\/en\/sign-in/);
  await copy.close();
});
