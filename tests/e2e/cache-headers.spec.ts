import { chromium, expect, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/prisma-client";

/*
 * Cache headers through the production server (issue 11): public pages a short shared cache that allows the
 * back/forward cache, the API and feeds validators with 304, the admin and signed-in pages private, no-store.
 */

const PUBLIC_PAGE = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";
const PASSWORD = "e2e cache headers staple";
const editor = `cache-${Date.now().toString(36)}@e2e.example`;

test.beforeAll(async () => {
  const db = createPrismaClient(process.env.DATABASE_URL!, 1);
  await db.staffUser.create({ data: { email: editor, passwordHash: await hashPassword(PASSWORD), role: "EDITOR" } });
  await db.$disconnect();
});

test("public pages may be cached briefly by shared caches and are never no-store", async ({ request }) => {
  // A first visit sets the locale cookie: the browser may keep that answer, no shared cache may.
  const first = await request.get("/zh/jobs");
  expect(first.headers()["set-cookie"]).toContain("NEXT_LOCALE=zh");
  expect(first.headers()["cache-control"]).toBe("private, no-cache");
  await request.get("/en");
  for (const path of ["/en", "/en/jobs", "/en/insights"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toBe(PUBLIC_PAGE);
  }
  for (const path of ["/en/sign-in", "/zh/admin"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["cache-control"], path).toBe("private, no-store");
  }
});

test("the API and feeds answer with ETag, and 304 when it still matches", async ({ request }) => {
  for (const path of ["/api/roles?pageSize=3", "/api/openings?pageSize=3", "/feed.xml", "/jobs-atom.xml"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const etag = res.headers()["etag"]!;
    expect(etag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers()["cache-control"], path).toMatch(/^public, max-age=\d+/);
    const again = await request.get(path, { headers: { "if-none-match": etag } });
    expect(again.status(), path).toBe(304);
    expect((await again.body()).length, path).toBe(0);
  }
});

test("a public page is restored from the back/forward cache", async ({ baseURL, browserName }) => {
  test.skip(browserName !== "chromium");
  test.setTimeout(45_000);
  // Playwright turns Chromium's back/forward cache off by default; this browser keeps it on.
  const browser = await chromium.launch({
    executablePath: test.info().project.use.launchOptions?.executablePath,
    args: test.info().project.use.launchOptions?.args,
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
  });
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto("/en");
  await page.evaluate(() => ((window as unknown as { bfMarker: number }).bfMarker = 4711));
  await page.goto("/en/jobs");
  // A page restored from bfcache fires no load event: wait for the URL only.
  await page.goBack({ waitUntil: "commit", timeout: 10_000 });
  await expect(page).toHaveURL(/\/en$/);
  const restored = await page.evaluate(() => ({
    marker: (window as unknown as { bfMarker?: number }).bfMarker,
    type: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).type,
  }));
  await browser.close();
  expect(restored).toEqual({ marker: 4711, type: "navigate" });
});

test("signed in, every page is private, no-store", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(editor);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin/);
  for (const path of ["/en", "/en/jobs", "/en/admin"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    expect(res?.headers()["cache-control"], path).toBe("private, no-store");
  }
});
