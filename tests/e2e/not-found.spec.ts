import { expect, type APIRequestContext, test } from "@playwright/test";

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

// Not done: notFound() thrown while the dynamic role/job page renders still gets Next 16.4's empty error shell
// (vercel/next.js#62228); status 404 and noindex are right, the body arrives only with JavaScript.
for (const path of ["/zh/roles/nope", "/en/jobs/nope"]) {
  test.fixme(`unknown slug ${path}: the 404 body is in the server HTML`, async ({ request }) => {
    const { status, html } = await rawHtml(request, path);
    expect(status).toBe(404);
    expect(html).toMatch(/<html lang="(en|zh-CN)"/);
    expect(html).toMatch(/<h1[^>]*>/);
  });
}
