import { beforeAll, describe, expect, it } from "vitest";
import { getPublishedOpening, listCurrentOpenings, listSimilarOpenings } from "@/lib/openings/data";
import { parseOpeningQuery } from "@/lib/openings/query";
import { insertOpening, resetCatalogue, testDb } from "../support/database";

// The openings query contract against real Postgres: filters, facets, expiry at the end of the day in the
// opening's time zone, salary floors compared as yearly amounts, keyset pages.

const NOW = new Date("2026-12-01T08:00:00Z");
const q = (params: Record<string, string | string[]>) => {
  const parsed = parseOpeningQuery(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.query;
};
const slugs = async (params: Record<string, string | string[]>, now = NOW) => (await listCurrentOpenings(q(params), now)).items.map((i) => i.slug);

beforeAll(async () => {
  await resetCatalogue();
  // data-detective: medium-to-high? whatever the seed says; quantum-machine-learning-analyst another role.
  await insertOpening("data-detective", {
    slug: "beijing-analyst",
    titleZh: "数据分析师",
    titleEn: "",
    employerName: "北京某科技有限公司",
    locations: [{ city: "北京", country: "CN" }],
    salaryMin: 15000,
    salaryMax: 30000,
    salaryCurrency: "CNY",
    salaryPeriod: "MONTH",
    salaryMonths: 14,
    salaryText: "15k-30k·14薪",
    experienceLevel: "MID",
    datePosted: "2026-11-28",
  });
  await insertOpening("data-detective", {
    slug: "remote-detective",
    titleEn: "Remote Data Detective",
    employerName: "Acme",
    workplaceType: "REMOTE",
    locations: [],
    remoteCountries: ["US", "CA"],
    salaryMin: 120000,
    salaryMax: 150000,
    salaryCurrency: "USD",
    salaryPeriod: "YEAR",
    experienceLevel: "SENIOR",
    datePosted: "2026-11-30",
  });
  await insertOpening("quantum-machine-learning-analyst", {
    slug: "shanghai-quantum",
    titleEn: "Quantum ML Analyst",
    titleZh: "量子机器学习分析师",
    employerName: "Qubit Ltd",
    workplaceType: "HYBRID",
    locations: [{ city: "上海", country: "CN" }, { city: "Beijing", country: "CN" }],
    employmentType: "CONTRACT",
    datePosted: "2026-10-15",
  });
  // Expires at the end of 2026-12-01 in Shanghai (2026-12-01T16:00Z).
  await insertOpening("data-detective", { slug: "ends-today", titleEn: "Ends Today", datePosted: "2026-11-01", validThrough: "2026-12-01" });
  await insertOpening("data-detective", { slug: "long-expired", titleEn: "Long gone", datePosted: "2026-09-01", validThrough: "2026-10-01" });
  await insertOpening("data-detective", { slug: "still-draft", titleEn: "Draft", status: "DRAFT", publishedAt: null });
  await insertOpening("data-detective", { slug: "was-deleted", titleEn: "Deleted", deletedAt: new Date() });
});

describe("openings: the query contract", () => {
  it("lists current openings newest first, without drafts, deleted or expired ones", async () => {
    expect(await slugs({})).toEqual(["remote-detective", "beijing-analyst", "ends-today", "shanghai-quantum"]);
    const r = await listCurrentOpenings(q({}), NOW);
    expect(r.total).toBe(4);
    expect(r.facets.workplace).toEqual({ "on-site": 2, hybrid: 1, remote: 1 });
  });

  it("expires at the end of valid-through in the opening's time zone", async () => {
    expect(await slugs({ q: "ends" }, new Date("2026-12-01T23:59:59+08:00"))).toEqual(["ends-today"]);
    expect(await slugs({ q: "ends" }, new Date("2026-12-02T00:00:00+08:00"))).toEqual([]);
    const row = await testDb().opening.findUniqueOrThrow({ where: { slug: "ends-today" } });
    expect(row.expiresAt.toISOString()).toBe("2026-12-01T16:00:00.000Z");
    // The same date in New York ends 13 hours later.
    await testDb().opening.update({ where: { slug: "ends-today" }, data: { timeZone: "America/New_York" } });
    expect((await testDb().opening.findUniqueOrThrow({ where: { slug: "ends-today" } })).expiresAt.toISOString()).toBe("2026-12-02T05:00:00.000Z");
    await testDb().opening.update({ where: { slug: "ends-today" }, data: { timeZone: "Asia/Shanghai" } });
  });

  it("filters by city (folded, any of the opening's cities), workplace, employment, experience, role and tier", async () => {
    expect(await slugs({ city: "beijing" })).toEqual(["shanghai-quantum"]);
    expect(await slugs({ city: ["北京", "上海"] })).toEqual(["beijing-analyst", "ends-today", "shanghai-quantum"]);
    expect(await slugs({ workplace: "remote" })).toEqual(["remote-detective"]);
    expect(await slugs({ employment: "contract" })).toEqual(["shanghai-quantum"]);
    expect(await slugs({ experience: ["senior", "unspecified"] })).toEqual(["remote-detective", "ends-today", "shanghai-quantum"]);
    expect(await slugs({ role: "quantum-machine-learning-analyst" })).toEqual(["shanghai-quantum"]);
    const role = await testDb().role.findUniqueOrThrow({ where: { slug: "quantum-machine-learning-analyst" } });
    const tier = role.tier === "MEDIUM_TO_HIGH" ? "medium-to-high" : role.tier === "LOW_TO_MEDIUM" ? "low-to-medium" : "unspecified";
    expect(await slugs({ tier })).toContain("shanghai-quantum");
  });

  it("counts each facet with the other filters applied", async () => {
    const r = await listCurrentOpenings(q({ city: "北京", workplace: "on-site" }), NOW);
    expect(r.total).toBe(2);
    // Workplace counts ignore the workplace filter but keep the city filter.
    expect(r.facets.workplace).toEqual({ "on-site": 2, hybrid: 0, remote: 0 });
    // City counts ignore the city filter but keep the workplace filter.
    expect(r.facets.city).toEqual([{ value: "北京", label: "北京", count: 2 }]);
    const all = await listCurrentOpenings(q({}), NOW);
    expect(all.facets.city.map((c) => [c.label, c.count])).toEqual([["北京", 2], ["beijing", 1], ["上海", 1]].map(([l, n]) => [l === "beijing" ? "Beijing" : l, n]));
    expect(all.facets.role.map((r) => [r.value, r.count])).toEqual([["data-detective", 3], ["quantum-machine-learning-analyst", 1]]);
  });

  it("compares salary floors as yearly amounts in the chosen currency; no-salary openings only when asked", async () => {
    // 30k a month × 14 months = 420k a year.
    expect(await slugs({ salaryMin: "400000", currency: "CNY" })).toEqual(["beijing-analyst"]);
    expect(await slugs({ salaryMin: "31000", currency: "cny", period: "month" })).toEqual(["beijing-analyst"]);
    expect(await slugs({ salaryMin: "430000", currency: "CNY" })).toEqual([]);
    expect(await slugs({ salaryMin: "100000", currency: "USD" })).toEqual(["remote-detective"]);
    expect(await slugs({ salaryMin: "100000", currency: "USD", salaryUnknown: "include" })).toEqual(["remote-detective", "ends-today", "shanghai-quantum"]);
    expect(await slugs({ sort: "salary", currency: "CNY" })).toEqual(["beijing-analyst", "ends-today", "remote-detective", "shanghai-quantum"]);
  });

  it("searches titles, employer and city in both languages, best match first", async () => {
    expect(await slugs({ q: "数据" })).toEqual(["beijing-analyst"]);
    expect(await slugs({ q: "acme" })).toEqual(["remote-detective"]);
    expect(await slugs({ q: "量子" })).toEqual(["shanghai-quantum"]);
    expect(await slugs({ q: "上海" })).toEqual(["shanghai-quantum"]);
    expect(await slugs({ q: "100%_" })).toEqual([]);
  });

  it("filters by posting date", async () => {
    expect(await slugs({ posted: "1" })).toEqual(["remote-detective"]);
    expect(await slugs({ posted: "7" })).toEqual(["remote-detective", "beijing-analyst"]);
    expect(await slugs({ posted: "30" })).toEqual(["remote-detective", "beijing-analyst", "ends-today"]);
  });

  it("pages by keyset without skipping or repeating, in every sort", async () => {
    for (const params of [{}, { sort: "salary", currency: "CNY" }, { q: "a" }] as Record<string, string>[]) {
      const all = await slugs(params);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r = await listCurrentOpenings(q({ ...params, pageSize: "1", ...(cursor ? { cursor } : {}) }), NOW);
        seen.push(...r.items.map((i) => i.slug));
        cursor = r.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it("shows a published opening, expired ones marked, and similar ones of the same role", async () => {
    const o = await getPublishedOpening("beijing-analyst", NOW);
    expect(o).toMatchObject({
      titleZh: "数据分析师",
      expired: false,
      salary: { min: 15000, max: 30000, currency: "CNY", period: "month", months: 14, text: "15k-30k·14薪" },
      role: { slug: "data-detective" },
    });
    expect(await getPublishedOpening("long-expired", NOW)).toMatchObject({ expired: true });
    expect(await getPublishedOpening("still-draft", NOW)).toBeNull();
    expect(await getPublishedOpening("was-deleted", NOW)).toBeNull();
    expect(await getPublishedOpening("Not A Slug", NOW)).toBeNull();
    expect((await listSimilarOpenings(o!, 4, NOW)).map((s) => s.slug)).toEqual(["remote-detective", "ends-today"]);
  });
});

describe("openings: refused parameters", () => {
  it.each([
    [{ salaryMin: "1000" }, "currency"],
    [{ sort: "salary" }, "currency"],
    [{ currency: "XYZ" }, "currency"],
    [{ salaryUnknown: "yes" }, "salaryUnknown"],
    [{ posted: "3" }, "posted"],
    [{ city: "a".repeat(101) }, "city"],
    [{ city: "北\u0000京" }, "city"],
    [{ workplace: "moon" }, "workplace"],
    [{ role: "Not a slug" }, "role"],
    [{ cursor: Buffer.from(JSON.stringify({ s: "newest", k: ["2026-11-01", "a\u0000"], p: 2 })).toString("base64url") }, "cursor"],
    [{ cursor: Buffer.from(JSON.stringify({ s: "newest", k: ["2026-13-45", "a"], p: 2 })).toString("base64url") }, "cursor"],
    [{ page: "2", cursor: "x" }, "cursor"],
    [{ bogus: "1" }, "bogus"],
  ])("%j → an issue on %s", (params, parameter) => {
    const r = parseOpeningQuery(params as Record<string, string>);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.parameter)).toContain(parameter);
  });
});
