import { expect, type APIRequestContext, test } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { insertE2eOpenings, removeE2eOpenings } from "../support/e2e-openings";

/** The server's HTML as a client without JavaScript gets it. */
async function rawHtml(request: APIRequestContext, path: string) {
  const response = await request.get(path, { headers: { accept: "text/html" } });
  return { status: response.status(), html: await response.text() };
}

// Issue 12 item 14: a 404 page is complete in the server's HTML (language, heading), not an empty shell.
const UNKNOWN_PATHS: [string, string, string][] = [
  ["/en/nope", "en", "Page not found"],
  ["/zh/nope", "zh-CN", "页面不存在"],
  ["/en/roles/nope/deeper", "en", "Page not found"],
  ["/zh/jobs/a/b/c", "zh-CN", "页面不存在"],
];

for (const [path, lang, heading] of UNKNOWN_PATHS) {
  test(`unknown path ${path}: 404 with <html lang="${lang}">, the heading and noindex in the server HTML`, async ({ request }) => {
    const { status, html } = await rawHtml(request, path);
    expect(status).toBe(404);
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
    expect(html).toMatch(new RegExp(`<title>${heading} · `));
    expect(html).toMatch(/<meta name="robots" content="noindex"\/>/);
  });
}

test("an unknown path outside a locale is bilingual", async ({ request }) => {
  const { status, html } = await rawHtml(request, "/nope.html");
  expect(status).toBe(404);
  expect(html).toContain("Page not found");
  expect(html).toContain("页面不存在");
});

test("an unknown path in a browser shows the localized page with a link home", async ({ page }) => {
  const response = await page.goto("/zh/nope");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await page.getByRole("link", { name: "浏览全部岗位" }).click();
  await expect(page).toHaveURL(/\/zh$/);
});

// Unknown role and job slugs: the proxy sees that the page would answer 404 (lib/http/page-exists.ts) and rewrites
// to an unmatched path, so the 404 is the routing-level page, complete in the server HTML (not Next's empty shell).
const UNKNOWN_SLUGS: [string, string, string][] = [
  ["/zh/roles/nope", "zh-CN", "页面不存在"],
  ["/en/jobs/nope", "en", "Page not found"],
  ["/en/roles/nope", "en", "Page not found"],
  ["/zh/jobs/nope", "zh-CN", "页面不存在"],
  // Not a valid slug at all, and a slug with percent-encoded Chinese.
  ["/en/roles/Not_A_Slug", "en", "Page not found"],
  ["/zh/jobs/%E4%B8%8D%E5%AD%98%E5%9C%A8", "zh-CN", "页面不存在"],
];
for (const [path, lang, heading] of UNKNOWN_SLUGS) {
  test(`unknown slug ${path}: 404 with <html lang="${lang}">, the heading and noindex in the server HTML`, async ({ request }) => {
    const { status, html } = await rawHtml(request, path);
    expect(status).toBe(404);
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
    expect(html).toMatch(new RegExp(`<title>${heading} · `));
    expect(html).toMatch(/<meta name="robots" content="noindex"\/>/);
  });
}

test.describe("slugs that exist keep their pages", () => {
  const stamp = Date.now().toString(36);
  const oldSlug = `e2e-old-name-${stamp}`;
  const draftSlug = `e2e-draft-${stamp}`;
  let db: PrismaClient;
  let openings: Awaited<ReturnType<typeof insertE2eOpenings>>;

  test.beforeAll(async () => {
    db = createPrismaClient(process.env.DATABASE_URL!, 2);
    const role = await db.role.findUniqueOrThrow({ where: { slug: "data-detective" } });
    await db.slugRedirect.create({ data: { oldSlug, roleId: role.id } });
    await db.role.create({ data: { slug: draftSlug, titleEn: `Draft ${stamp}`, titleZh: `草稿 ${stamp}`, summaryEn: "", summaryZh: "", descriptionEn: "", descriptionZh: "", status: "DRAFT" } });
    openings = await insertE2eOpenings(db, stamp);
  });
  test.afterAll(async () => {
    await db.slugRedirect.deleteMany({ where: { oldSlug } });
    await db.role.deleteMany({ where: { slug: draftSlug } });
    await removeE2eOpenings(db, stamp);
    await db.$disconnect();
  });

  test("an existing role and opening answer 200 with their own heading", async ({ request }) => {
    const role = await rawHtml(request, "/zh/roles/data-detective?tier=medium-to-high");
    expect(role.status).toBe(200);
    expect(role.html).toContain('<html lang="zh-CN"');
    expect(role.html).toContain("数据侦探");
    const job = await rawHtml(request, `/en/jobs/${openings.shanghai}`);
    expect(job.status).toBe(200);
    expect(job.html).toContain(`Data Analyst ${stamp}`);
  });

  test("a closed (expired) opening keeps its page", async ({ request }) => {
    const { status, html } = await rawHtml(request, `/zh/jobs/${openings.closed}`);
    expect(status).toBe(200);
    expect(html).not.toMatch(/<h1[^>]*>页面不存在<\/h1>/);
  });

  test("a renamed role's old slug still redirects (308) to the current one, keeping the query", async ({ request }) => {
    const response = await request.get(`/en/roles/${oldSlug}?tier=medium-to-high`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(/\/en\/roles\/data-detective\?tier=medium-to-high$/);
  });

  test("a draft role's slug is a complete 404 like an unknown one", async ({ request }) => {
    const { status, html } = await rawHtml(request, `/en/roles/${draftSlug}`);
    expect(status).toBe(404);
    expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  });
});
