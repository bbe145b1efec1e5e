import { expect, type Page, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { createClient } from "redis";
import { AppServer } from "../support/app-server";

/*
 * Cached public reads with tag invalidation (issue 11; lib/cache/policy.ts). This spec starts its own production
 * servers with the cache on (the suite's shared server runs with PUBLIC_CACHE=off, because other specs write to the
 * database directly):
 * - A (3501) and B (3502): one Postgres, one Redis (logical database 5, a key prefix of this run's own), so they
 *   share one cache;
 * - M (3503): no REDIS_URL, the zero-setup in-memory cache.
 * "Behind the app's back" = a direct SQL update, which drops no tag: a read that still shows the old value after it
 * proves the answer came from the cache.
 */

const REDIS_DB_URL = process.env.CACHE_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/5";
const PASSWORD = "e2e public cache staple";
const stamp = Date.now().toString(36);
const admin = `cache-admin-${stamp}@e2e.example`;
const roleSlug = `cache-probe-${stamp}`;
const openingSlug = `cache-opening-${stamp}`;
/** A second role for the two-instance test, so nothing before it has cached it. */
const pairSlug = `cache-pair-${stamp}`;
const shared = { CACHE_KEY_PREFIX: `atlas-e2e-${stamp}`, PUBLIC_CACHE: "" };
const a = new AppServer(3501, { ...shared, REDIS_URL: REDIS_DB_URL });
const b = new AppServer(3502, { ...shared, REDIS_URL: REDIS_DB_URL });
const m = new AppServer(3503, { ...shared, REDIS_URL: "" });
const OPENING_HEADER =
  "roleSlug,slug,titleEn,titleZh,descriptionEn,descriptionZh,employerName,employerUrl,workplaceType,locations,remoteCountries,employmentType," +
  "experienceLevel,salaryMin,salaryMax,salaryCurrency,salaryPeriod,salaryMonths,salaryText,applyUrl,datePosted,validThrough,timeZone,externalId";
let db: PrismaClient;
let roleId: string;
let pairId: string;
let openingId: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email: admin, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
  const role = await db.role.create({
    data: {
      slug: roleSlug, titleEn: `Cache Probe ${stamp}`, titleZh: `缓存探针 ${stamp}`, summaryEn: "Probes caches.", summaryZh: "探测缓存。",
      descriptionEn: "", descriptionZh: "", status: "PUBLISHED", publishedAt: new Date(),
    },
  });
  roleId = role.id;
  pairId = (await db.role.create({
    data: {
      slug: pairSlug, titleEn: `Cache Pair ${stamp}`, titleZh: "", summaryEn: "", summaryZh: "", descriptionEn: "", descriptionZh: "",
      status: "PUBLISHED", publishedAt: new Date(),
    },
  })).id;
  const today = new Date();
  const opening = await db.opening.create({
    data: {
      roleId, slug: openingSlug, status: "PUBLISHED", publishedAt: today, titleEn: `Cache Opening ${stamp}`, titleZh: "",
      employerName: "Cache Ltd", workplaceType: "REMOTE", locations: [], remoteCountries: ["US"], employmentType: "FULL_TIME",
      applyUrl: "https://jobs.example/apply", datePosted: today,
      validThrough: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 30)),
    },
  });
  openingId = opening.id;
  // The handler library needs keyspace events for expired/evicted keys (.ci/run sets them; README "Several instances").
  const redis = createClient({ url: REDIS_DB_URL });
  await redis.connect();
  const events = (await redis.configGet("notify-keyspace-events"))["notify-keyspace-events"] ?? "";
  await redis.quit();
  expect(events, "redis-cli config set notify-keyspace-events Exe").toMatch(/E/);
  await Promise.all([a.start(), b.start(), m.start()]);
});

test.afterAll(async () => {
  await Promise.all([a.stop(), b.stop(), m.stop()]);
  // This run's keys only (its own prefix).
  const redis = createClient({ url: REDIS_DB_URL });
  await redis.connect();
  for await (const key of redis.scanIterator({ MATCH: `${shared.CACHE_KEY_PREFIX}:*`, COUNT: 500 })) await redis.del(key);
  await redis.quit();
  await db.$executeRaw`DELETE FROM openings WHERE slug = ${openingSlug}`;
  await db.$executeRaw`DELETE FROM roles WHERE slug IN (${roleSlug}, ${pairSlug})`;
  await db.$disconnect();
});

/** What a visitor sees of the probe role on `server`: the API's title (or the status), the page's h1, the list's titles. */
async function roleView(server: AppServer, slug = roleSlug, keyword = `Probe ${stamp}`) {
  const [api, page, list] = await Promise.all([
    fetch(`${server.url}/api/roles/${slug}`),
    fetch(`${server.url}/en/roles/${slug}`),
    fetch(`${server.url}/api/roles?q=${encodeURIComponent(keyword)}&exact=1`),
  ]);
  const html = await page.text();
  return {
    api: api.ok ? ((await api.json()) as { titleEn: string }).titleEn : api.status,
    page: page.ok ? (html.match(/<h1[^>]*>([^<]*)</)?.[1] ?? "") : page.status,
    list: ((await list.json()) as { items: { titleEn: string }[] }).items.map((i) => i.titleEn),
  };
}

/** The same for the probe opening: its API title (or status), its page's h1, and the jobs list's titles. */
async function openingView(server: AppServer) {
  const [api, page, list] = await Promise.all([
    fetch(`${server.url}/api/openings/${openingSlug}`),
    fetch(`${server.url}/en/jobs/${openingSlug}`),
    fetch(`${server.url}/api/openings?q=${encodeURIComponent(`Cache Opening ${stamp}`)}&exact=1`),
  ]);
  const html = await page.text();
  return {
    api: api.ok ? ((await api.json()) as { titleEn: string }).titleEn : api.status,
    page: page.ok ? (html.match(/<h1[^>]*>([^<]*)</)?.[1] ?? "") : page.status,
    list: ((await list.json()) as { items: { titleEn: string }[] }).items.map((i) => i.titleEn),
  };
}

/** Next writes a new entry to the handler (Redis) just after the response that computed it: give it time to land. */
const settle = () => new Promise((r) => setTimeout(r, 500));

type View = Awaited<ReturnType<typeof roleView>>;
const shows = (title: string): View => ({ api: title, page: title, list: [title] });
const gone: View = { api: 404, page: 404, list: [] };

async function signIn(page: Page, server: AppServer) {
  await page.goto(`${server.url}/en/admin`);
  await page.getByLabel("Email").fill(admin);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${server.url}/en/admin$`));
}

/** Takes a workflow step on the open admin page (confirming it when it asks) and waits for the action's answer. */
async function step(page: Page, intent: "Publish" | "Archive" | "Restore" | "Delete") {
  const confirm = intent === "Archive" || intent === "Delete";
  // Before hydration a confirm step's button leads to the confirm page, after it opens a dialog: wait for one.
  if (confirm) await expect(page.locator("form[data-dialog=ready]").first()).toBeAttached();
  await page.getByRole("button", { name: intent, exact: true }).click();
  if (confirm) await page.getByRole("button", { name: `Confirm ${intent.toLowerCase()}` }).click();
  await expect(page.getByTestId("saved-message")).toHaveText(`Done: ${intent}.`);
}

/** Saves a new English title through the open admin form. */
async function editTitle(page: Page, title: string) {
  await page.getByLabel("English title").fill(title);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("saved-message")).toHaveText("Saved.");
}

/** Imports a one-row CSV through the writer's admin import page and waits for "Imported.". */
async function importCsv(page: Page, server: AppServer, path: string, csv: string, fileLabel: string) {
  await page.goto(`${server.url}${path}`);
  await page.getByLabel(fileLabel).setInputFiles({ name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-report")).toContainText("Imported.");
}

/**
 * Asserts what `view` shows after a change: on the instance that made it, at the very next request; on another
 * instance (Redis Pub/Sub carries the tag expiry), within 1 s.
 */
async function expectAfterChange(view: () => Promise<View>, expected: View, sameInstance: boolean) {
  const since = Date.now();
  let seen = await view();
  while (!sameInstance && JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() - since < 1_000) seen = await view();
  expect(seen).toEqual(expected);
}

for (const mode of ["memory", "redis"] as const) {
  // memory: M changes and M reads. redis: A changes and B reads (B never computed what it serves before the change).
  const writer = mode === "memory" ? m : a;
  const reader = mode === "memory" ? m : b;
  const shown = (view: (s: AppServer) => Promise<View>, expected: View) => expectAfterChange(() => view(reader), expected, reader === writer);

  test(`${mode}: every kind of staff change shows on the next public request (roles)`, async ({ page }) => {
    test.setTimeout(120_000);
    await db.role.update({ where: { id: roleId }, data: { titleEn: `Cache Probe ${stamp}`, status: "PUBLISHED", deletedAt: null } });
    const t0 = `Cache Probe ${stamp}`;
    // Fill the cache (on the writer in redis mode, so the reader's first answer proves the cache is shared).
    await roleView(writer);
    await settle();
    await db.$executeRaw`UPDATE roles SET title_en = ${`${t0} behind`} WHERE id = ${roleId}::uuid`;
    expect(await roleView(reader), "served from the cache, not the database").toEqual(shows(t0));

    await signIn(page, writer);
    await page.goto(`${writer.url}/en/admin/roles/${roleId}`);
    const t1 = `Cache Probe ${stamp} edited`;
    await editTitle(page, t1);
    await shown(roleView, shows(t1));

    await step(page, "Delete");
    await shown(roleView, gone);
    await step(page, "Restore");
    await shown(roleView, shows(t1));
    await step(page, "Archive");
    await shown(roleView, gone);
    await step(page, "Publish");
    await shown(roleView, shows(t1));

    const t2 = `Cache Probe ${stamp} imported`;
    await importCsv(page, writer, "/en/admin/transfer", `slug,titleEn,titleZh,summaryEn,summaryZh,descriptionEn,descriptionZh,tier,horizon,sourceName\r\n${roleSlug},${t2},,,,,,,,\r\n`, "CSV or JSON file");
    await shown(roleView, shows(t2));
  });

  test(`${mode}: every kind of staff change shows on the next public request (openings)`, async ({ page }) => {
    test.setTimeout(120_000);
    await db.role.update({ where: { id: roleId }, data: { status: "PUBLISHED", deletedAt: null } });
    await db.opening.update({ where: { id: openingId }, data: { titleEn: `Cache Opening ${stamp}`, status: "PUBLISHED", deletedAt: null } });
    const t0 = `Cache Opening ${stamp}`;
    await openingView(writer);
    await settle();
    await db.$executeRaw`UPDATE openings SET title_en = ${`${t0} behind`} WHERE id = ${openingId}::uuid`;
    expect(await openingView(reader), "served from the cache, not the database").toEqual(shows(t0));

    await signIn(page, writer);
    await page.goto(`${writer.url}/en/admin/openings/${openingId}`);
    const t1 = `Cache Opening ${stamp} edited`;
    await editTitle(page, t1);
    await shown(openingView, shows(t1));

    await step(page, "Delete");
    await shown(openingView, gone);
    await step(page, "Restore");
    await shown(openingView, shows(t1));
    await step(page, "Archive");
    await shown(openingView, gone);
    await step(page, "Publish");
    await shown(openingView, shows(t1));

    const t2 = `Cache Opening ${stamp} imported`;
    await importCsv(page, writer, "/en/admin/openings/import", `${OPENING_HEADER}\r\n${OPENING_HEADER.split(",").map((c) => (c === "slug" ? openingSlug : c === "titleEn" ? t2 : "")).join(",")}\r\n`, "File (CSV or JSON)");
    await shown(openingView, shows(t2));
  });
}

test("two instances: an edit saved on A shows on B's page and API within 1 s, and B never serves the old one after", async ({ page }) => {
  test.setTimeout(90_000);
  const before = `Cache Pair ${stamp}`;
  const view = (server: AppServer) => roleView(server, pairSlug, `Pair ${stamp}`);
  // B fills the cache, then the database changes behind the app's back: A's first read is B's entry.
  expect(await view(b)).toEqual(shows(before));
  await settle();
  await db.$executeRaw`UPDATE roles SET title_en = ${`${before} behind`} WHERE id = ${pairId}::uuid`;
  expect(await view(a), "A reads B's cached entry through Redis").toEqual(shows(before));
  expect(await view(b)).toEqual(shows(before));

  await signIn(page, a);
  await page.goto(`${a.url}/en/admin/roles/${pairId}`);
  const after = `Cache Pair ${stamp} from A`;
  await editTitle(page, after);
  const saved = Date.now();
  // The writer itself never serves the old value after the action's response.
  expect(await view(a)).toEqual(shows(after));
  let seen = await view(b);
  while (JSON.stringify(seen) !== JSON.stringify(shows(after)) && Date.now() - saved < 1_000) seen = await view(b);
  const lag = Date.now() - saved;
  expect(seen, `B after ${lag} ms`).toEqual(shows(after));
  expect(lag).toBeLessThanOrEqual(1_000);
  console.log(`two instances: B showed the edit ${lag} ms after A answered the save`);
  // Once B shows the edit it never goes back to a stale entry.
  for (let i = 0; i < 10; i++) expect(await view(b)).toEqual(shows(after));
});

test("Redis gone: pages and the API still answer from the database, /api/ready says 503, and Redis is not waited on again", async () => {
  test.setTimeout(90_000);
  // Nothing listens on 3519 (this spec's range): the handler's first call gives up after REDIS_CACHE_TIMEOUT_MS (3 s
  // here, so a request that waited on Redis would stand out from a slow render).
  const lost = new AppServer(3504, { ...shared, REDIS_URL: "redis://127.0.0.1:3519/5", REDIS_CACHE_TIMEOUT_MS: "3000" });
  await lost.start();
  try {
    expect((await fetch(`${lost.url}/api/roles?pageSize=1`)).status).toBe(200);
    const ready = await fetch(`${lost.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: { redis: { status: string } } }).checks.redis.status).toBe("down");
    // Within the pause after a failure (10 s), no request waits on Redis.
    for (const path of ["/en", `/en/roles/${roleSlug}`, "/api/openings", "/en/jobs"]) {
      const started = Date.now();
      const res = await fetch(`${lost.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(Date.now() - started, path).toBeLessThan(2_000);
    }
    expect(lost.lines.some((l) => l.includes("going without Redis"))).toBe(true);
  } finally {
    await lost.stop();
  }
});
