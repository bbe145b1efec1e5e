import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { SEED_ROLES } from "../../prisma/seed-data";
import { insertE2eOpenings, removeE2eOpenings } from "../support/e2e-openings";
import { waitForHydration } from "../support/hydration";

// Issue 12, items 14 (favicon, sign-in action, theme script), 15 (405 Allow), 17 (CJK line breaks), 18 (mobile),
// 19 (loading state) and 20 (page size, back to results), in Chromium against the production build.

const PHONE = { width: 375, height: 667 };
const PASSWORD = "e2e ux correct horse battery";
const stamp = Date.now().toString(36);
const admin = `ux-admin-${stamp}@e2e.example`;
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email: admin, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
  await insertE2eOpenings(db, stamp);
});

test.afterAll(async () => {
  await removeE2eOpenings(db, stamp);
  await db.$disconnect();
});

/** How many line boxes an element's content occupies (distinct tops of its text's client rects). */
function lines(el: Locator): Promise<number> {
  return el.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops: number[] = [];
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      if (!tops.some((t) => Math.abs(t - r.top) < 4)) tops.push(r.top);
    }
    return tops.length;
  });
}

/** True when the document does not scroll sideways. */
const noSideScroll = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);

async function phone(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, locale: "en" | "zh", target: string) {
  await page.goto(target);
  await page.locator("#email").fill(admin);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin`));
}

test.describe("item 17: CJK labels break only between words at 375 px", () => {
  test("the search button, the matrix headers, the compare row headers and the admin badge stay on one line", async ({ browser }) => {
    const { context, page } = await phone(browser);
    await page.goto("/zh");
    await page.getByTestId("filters-panel").locator("summary").click();
    const search = page.getByRole("button", { name: "搜索" });
    await expect(search).toBeVisible();
    expect(await lines(search)).toBe(1);

    await page.goto("/zh/insights");
    const headers = page.getByTestId("role-matrix").locator("th");
    expect(await headers.count()).toBeGreaterThan(3);
    for (const th of await headers.all()) {
      const text = (await th.innerText()).trim();
      // A header without spaces (低到中等, 5 年内) is one word: one line.
      if (text && !/\s/.test(text.replace(/\s+\d.*$/, ""))) expect(await lines(th), text).toBe(1);
    }

    await page.goto("/zh/compare?roles=data-detective&roles=walker-talker");
    const rowHeaders = page.getByTestId("compare-table").locator("tbody th");
    expect(await rowHeaders.count()).toBeGreaterThan(2);
    for (const th of await rowHeaders.all()) expect(await lines(th), await th.innerText()).toBe(1);

    await signIn(page, "zh", "/zh/admin");
    const badges = page.getByTestId("admin-list").locator("[data-status]");
    expect(await badges.count()).toBeGreaterThan(0);
    for (const badge of (await badges.all()).slice(0, 5)) expect(await lines(badge), await badge.innerText()).toBe(1);
    await context.close();
  });
});

test.describe("item 18: mobile", () => {
  for (const path of ["/en", "/zh", "/en/jobs"]) {
    test(`${path}: filters fold away, the first result is above the fold, nothing scrolls sideways`, async ({ browser }) => {
      for (const js of [true, false]) {
        const { context, page } = await phone(browser, js);
        await page.goto(path);
        const list = page.locator("[data-testid=role-list], [data-testid=opening-list]");
        const first = list.locator("li").first();
        await expect(first).toBeVisible();
        const box = await first.boundingBox();
        expect(box!.y, `first result top (JavaScript ${js})`).toBeLessThan(PHONE.height - 40);
        expect(await noSideScroll(page)).toBe(true);
        // The filters are one click away, with or without JavaScript (<details>).
        const panel = page.getByTestId("filters-panel");
        await expect(panel.getByRole("checkbox").first()).toBeHidden();
        await panel.locator("summary").click();
        await expect(panel.getByRole("checkbox").first()).toBeVisible();
        await context.close();
      }
    });
  }

  test("on a wide screen the filters are shown without a click", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/en");
    await expect(page.getByTestId("filters-panel").locator("summary")).toBeHidden();
    await expect(page.getByTestId("filters-panel").getByRole("checkbox").first()).toBeVisible();
  });

  test("the summary counts the active filters", async ({ browser }) => {
    const { context, page } = await phone(browser);
    await page.goto("/en?tier=low-to-medium&horizon=5-year");
    await expect(page.getByTestId("filters-panel").locator("summary")).toHaveText("Filters (2 active)");
    await page.goto("/zh?tier=low-to-medium");
    await expect(page.getByTestId("filters-panel").locator("summary")).toHaveText("筛选 （已选 1 项）");
    await context.close();
  });

  test("/en/admin does not scroll sideways at 375 px", async ({ browser }) => {
    const { context, page } = await phone(browser);
    await signIn(page, "en", "/en/admin");
    await expect(page.getByTestId("admin-list")).toBeVisible();
    expect(await noSideScroll(page)).toBe(true);
    await context.close();
  });

  test("insights chart labels are at least 11 px at 375 px, and the page does not scroll sideways", async ({ browser }) => {
    for (const locale of ["en", "zh"]) {
      const { context, page } = await phone(browser);
      await page.goto(`/${locale}/insights`);
      await expect(page.getByTestId("pay-chart")).toBeVisible();
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll("[data-testid=pay-chart], [data-testid=monthly-chart]")].flatMap((chart) => {
          // Every visible piece of text in the charts, SVG text included, by its rendered size.
          const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
          const out: { text: string; px: number }[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            if (!n.textContent!.trim() || el.closest("[hidden], details:not([open]), title, desc")) continue;
            const fontPx = parseFloat(getComputedStyle(el).fontSize);
            const svg = el.closest("svg");
            const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
            out.push({ text: n.textContent!.trim(), px: fontPx * scale });
          }
          return out;
        }),
      );
      expect(sizes.length).toBeGreaterThan(10);
      for (const s of sizes) expect(s.px, s.text).toBeGreaterThanOrEqual(11);
      expect(await noSideScroll(page)).toBe(true);
      await context.close();
    }
  });
});

test.describe("item 19: loading state", () => {
  test("a filter change shows Updating… and marks the results busy until the new list arrives", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByTestId("updating-note")).toBeHidden();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the client-side navigation's RSC request, as a slow server would.
    await page.route(/\/en\?tier=/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole("checkbox", { name: /^Medium to high/ }).check();
    await expect(page.getByTestId("updating-note")).toBeVisible();
    await expect(page.getByTestId("updating-note")).toHaveText(/Updating…/);
    await expect(page.locator("#results")).toHaveAttribute("aria-busy", "true");
    release();
    await expect(page).toHaveURL(/\?tier=medium-to-high$/);
    await expect(page.getByTestId("updating-note")).toBeHidden();
    await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
  });

  test("in Chinese the note says 正在更新…, and without JavaScript the form still filters", async ({ browser }) => {
    const zh = await browser.newPage();
    await zh.goto("/zh");
    await expect(zh.getByTestId("updating-note")).toHaveText(/正在更新…/, { useInnerText: false });
    await zh.close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en");
    await page.getByRole("checkbox", { name: /^Medium to high/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/tier=medium-to-high/);
    const high = SEED_ROLES.filter((r) => r.tier === "MEDIUM_TO_HIGH").length;
    await expect(page.getByTestId("role-list").getByRole("listitem")).toHaveCount(high);
    await context.close();
  });
});

test.describe("item 20: page size and Back to results", () => {
  test("the whole seeded catalogue fits the first page; the API and its OpenAPI document say 24", async ({ page, request }) => {
    await page.goto("/en");
    await expect(page.getByTestId("role-list").getByRole("listitem")).toHaveCount(SEED_ROLES.length);
    const api = await (await request.get("/api/roles")).json();
    expect(api.pageSize).toBe(24);
    const doc = await (await request.get("/api/openapi.json")).json();
    const param = (doc.paths["/api/roles"].get.parameters as { name: string; schema: { default?: number; maximum?: number; minimum?: number } }[]).find((p) => p.name === "pageSize")!;
    expect(param.schema).toMatchObject({ minimum: 1, maximum: 100 });
    expect(JSON.stringify(param)).toContain("default 24");
    expect((await request.get("/api/roles?pageSize=101")).status()).toBe(400);
  });

  test("Back to results returns to the card the reader opened, not the top of the list", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto("/en");
    const cards = page.getByTestId("role-list").getByRole("listitem");
    const last = cards.last();
    const link = last.getByRole("heading").getByRole("link");
    const slug = (await link.getAttribute("href"))!.split("/roles/")[1]!.split("?")[0]!;
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/en/roles/${slug}`));
    await page.getByTestId("back-to-results").click();
    await expect(page).toHaveURL(new RegExp(`/en#role-${slug}$`));
    await expect(page.locator(`#role-${slug}`)).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });
});

test.describe("item 14 (parts) and item 15", () => {
  test("/favicon.ico is an icon", async ({ request }) => {
    const res = await request.get("/favicon.ico");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  });

  test("the sign-in form posts to a real URL and works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    const action = await page.locator("form").first().getAttribute("action");
    expect(action).toMatch(/^\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin$/);
    await page.locator("#email").fill(admin);
    await page.locator("#password").fill("wrong password");
    await page.locator("form button[type=submit]").click();
    await expect(page.getByRole("alert")).not.toBeEmpty();
    await page.locator("#email").fill(admin);
    await page.locator("#password").fill(PASSWORD);
    await page.locator("form button[type=submit]").click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await context.close();
  });

  test("the theme script is in the server's HTML only: a locale switch creates no <script> and keeps the theme", async ({ page, request }) => {
    const html = await (await request.get("/en")).text();
    expect(html).toContain('"atlas:theme"');
    await page.goto("/en");
    await waitForHydration(page);
    await page.getByLabel("Theme").selectOption("dark");
    const themeScripts = () => page.evaluate(() => [...document.scripts].filter((s) => s.text.includes("atlas:theme")).length);
    // Hydration keeps the server's script where it is (removing it cost a second render and commit at start-up) ...
    expect(await themeScripts()).toBe(1);
    await page.getByTestId("locale-switch").click();
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    // ... and a layout rendered on the client (the locale switch) renders none: the old one goes, no new one comes.
    expect(await themeScripts()).toBe(0);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  });

  test("405 answers name the allowed methods in Allow", async ({ request }) => {
    for (const [method, path, allow] of [
      ["POST", "/api/roles", "GET, HEAD, OPTIONS"],
      ["DELETE", "/api/roles/data-detective", "GET, HEAD, OPTIONS"],
      ["GET", "/api/admin/import", "OPTIONS, POST"],
      ["PUT", "/feed.xml", "GET, HEAD, OPTIONS"],
      ["POST", "/sitemap.xml", "GET, HEAD, OPTIONS"],
    ] as const) {
      const res = await request.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers()["allow"], `${method} ${path}`).toBe(allow);
    }
  });
});
