import { expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";

// Issue 12, item 1, in Chromium with two browser contexts: an admin imports a CSV row for a published listing with
// its description and source cells left blank. The dry run shows each changed field before → after and says the
// listing is published; after the import a visitor (another context) still reads the description and the source.

const PASSWORD = "e2e correct horse battery";
const stamp = Date.now().toString(36);
const admin = `import-admin-${stamp}@e2e.example`;
const slug = `import-safety-${stamp}`;
const DESCRIPTION = `Reads the traces people leave in data ${stamp}.`;
const SOURCE = `Import safety source ${stamp}`;
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email: admin, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
  await db.role.create({
    data: {
      slug,
      titleEn: `Import Safety Role ${stamp}`,
      titleZh: "导入安全岗位",
      summaryEn: "Summary that stays.",
      summaryZh: "保留的摘要。",
      descriptionEn: DESCRIPTION,
      descriptionZh: "中文描述保留。",
      sourceName: SOURCE,
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
});

test.afterAll(async () => {
  await db.$executeRaw`DELETE FROM roles WHERE slug = ${slug}`;
  await db.$disconnect();
});

test("a blank cell never erases a published listing's text; the dry run shows before → after and warns", async ({ page, browser }) => {
  await page.goto("/en/admin/transfer");
  await page.getByLabel("Email").fill(admin);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/transfer$/);

  const csv =
    "\uFEFFslug,titleEn,titleZh,summaryEn,summaryZh,descriptionEn,descriptionZh,tier,horizon,sourceName\r\n" +
    `${slug},Import Safety Role ${stamp} (renamed),,,,,,,,\r\n`;
  await page.getByLabel("CSV or JSON file").setInputFiles({ name: "roles.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const report = page.getByTestId("import-report");
  await expect(report).toContainText("Dry run: nothing was changed.");
  await expect(page.getByTestId("import-live-warning")).toContainText("1 row changes a published listing");
  const row = report.locator("tr[data-action=update]");
  await expect(row).toContainText("published: public at once");
  const changes = row.getByTestId("import-changes");
  await expect(changes.locator("tbody tr")).toHaveCount(1);
  await expect(changes.locator("tr[data-field=titleEn]")).toContainText(`Import Safety Role ${stamp}`);
  await expect(changes.locator("tr[data-field=titleEn] td").nth(1)).toHaveText(`Import Safety Role ${stamp} (renamed)`);

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(report).toContainText("Imported.");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/roles/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("(renamed)");
  await expect(visitor.locator("main")).toContainText(DESCRIPTION);
  await expect(visitor.locator("main")).toContainText("中文描述保留。");
  await expect(visitor.locator("main")).toContainText(SOURCE);
  await visitor.context().close();
});
