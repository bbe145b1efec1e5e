import zlib from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { insertE2eOpenings, removeE2eOpenings } from "../support/e2e-openings";
import { waitForHydration } from "../support/hydration";

// Issue 11, page weight: what a first visit to a public page makes the browser download and do. Lighthouse
// (npm run lighthouse, docs/QUALITY.md) scores it; these checks keep the causes from coming back.

/**
 * First-load JavaScript budget per page, KiB gzip, modern browsers (without the noModule polyfills, which they
 * never load). Measured 139.5 on /en after the work on issue 11 (153.5 before): React + the App Router are about
 * 132 of it. /saved also carries next-intl's client runtime for its list.
 */
const BUDGET_KIB = 145;
const SAVED_BUDGET_KIB = 155;

/** Strings only next-intl's client runtime (use-intl) and zod carry in their bundles. */
const NEXT_INTL_CLIENT = "MISSING_MESSAGE";
const ZOD = "ZodError";

const stamp = `w${Date.now().toString(36)}`;
let db: PrismaClient;
let job: string;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  job = (await insertE2eOpenings(db, stamp)).shanghai;
});
test.afterAll(async () => {
  await removeE2eOpenings(db, stamp);
  await db.$disconnect();
});

/** Public pages, without the locale; `{job}` is a current opening. */
const PAGES = [
  "",
  "?tier=medium-to-high&q=data",
  "/roles/data-detective",
  "/jobs",
  "/jobs/{job}",
  "/insights",
  "/compare?roles=data-detective&roles=walker-talker",
  "/saved",
  "/about/axes",
  "/alerts/manage",
  "/no-such-page",
];

/**
 * Loads `path` in a fresh page and returns the scripts it ran (URL, body) and every RSC request it made (the
 * `_rsc` query a client-side prefetch or navigation carries), once the network has been idle.
 */
async function visit(page: Page, path: string) {
  const scripts: { url: string; body: Buffer }[] = [];
  const pending: Promise<void>[] = [];
  const rsc: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).searchParams.has("_rsc")) rsc.push(request.url());
  });
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(response.body().then((body) => void scripts.push({ url: response.url(), body }), () => undefined));
  });
  await page.goto(path, { waitUntil: "networkidle" });
  // Viewport prefetches start once the page has hydrated and the links are seen; give them time to show up.
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  return { scripts, rsc };
}

for (const locale of ["en", "zh"] as const) {
  for (const template of PAGES) {
    const label = `/${locale}${template}`;
    test(`${label}: no prefetch requests on load, no next-intl client runtime or zod, first-load JS within budget`, async ({ page }) => {
      const path = `/${locale}${template.replace("{job}", job)}`;
      const { scripts, rsc } = await visit(page, path);
      expect(scripts.length, "the page runs Next's scripts").toBeGreaterThan(3);
      expect(rsc, "RSC requests made while loading (viewport prefetch)").toEqual([]);
      const saved = template === "/saved";
      for (const { url, body } of scripts) {
        const text = body.toString("utf8");
        expect(text.includes(ZOD), `${url} carries zod`).toBe(false);
        if (!saved) expect(text.includes(NEXT_INTL_CLIENT), `${url} carries next-intl's client runtime`).toBe(false);
      }
      const kib = scripts.reduce((sum, s) => sum + zlib.gzipSync(s.body, { level: 9 }).length, 0) / 1024;
      expect(kib, `first-load JS of ${path}, KiB gzip`).toBeLessThanOrEqual(saved ? SAVED_BUDGET_KIB : BUDGET_KIB);
    });
  }
}

test("the saved list still formats its messages in the browser (its own provider)", async ({ page }) => {
  await page.goto("/zh/roles/data-detective");
  await waitForHydration(page);
  await page.getByTestId("role-actions").getByTestId("save-button").click();
  await page.goto("/zh/saved");
  await expect(page.getByTestId("saved-count")).toContainText("1");
  await expect(page.getByTestId("saved-list").getByRole("link", { name: "数据侦探" })).toHaveAttribute("href", "/zh/roles/data-detective");
});

test("the save button is in the server's HTML but, without JavaScript, invisible and out of reach", async ({ browser, request }) => {
  // In the HTML as the client renders it (hydration adopts it instead of swapping a placeholder for it) ...
  const html = await (await request.get("/en/roles/data-detective")).text();
  expect(html).toMatch(/<button type="button" aria-pressed="false" class="needs-js [^"]*" data-testid="save-button">/);
  expect(html).not.toContain("save-placeholder");
  // ... but without JavaScript it does nothing, so it keeps its place invisibly: no button to see, tab to or hear.
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/en/roles/data-detective");
    const button = page.getByTestId("role-actions").getByTestId("save-button");
    await expect(button).toHaveCount(1);
    await expect(button).toBeHidden();
    await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
    const box = await button.boundingBox();
    expect(box?.width ?? 0, "the invisible button still holds its place").toBeGreaterThan(20);
  } finally {
    await context.close();
  }
});
