import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedRole, listPublishedRoles } from "@/lib/roles/data";
import { DEFAULT_ROLE_QUERY, HORIZON_VALUES, type RoleQuery, TIER_VALUES } from "@/lib/roles/query";
import { insertRole, resetCatalogue, testDb } from "../support/database";

const TIER_DB = { LOW_TO_MEDIUM: "low-to-medium", MEDIUM_TO_HIGH: "medium-to-high" } as const;
const HORIZON_DB = { FIVE_YEARS: "5-year", TEN_YEARS: "10-year" } as const;

/** Every published role as the oracle sees it, read with plain Prisma (not the code under test). */
async function publishedRoles() {
  const rows = await testDb().role.findMany({ where: { status: "PUBLISHED" } });
  return rows.map((r) => ({
    slug: r.slug,
    tier: r.tier ? TIER_DB[r.tier] : "unspecified",
    horizon: r.horizon ? HORIZON_DB[r.horizon] : "unspecified",
  }));
}

/** All subsets of a list, the empty one included. */
const subsets = <T,>(values: readonly T[]): T[][] =>
  values.reduce<T[][]>((acc, v) => [...acc, ...acc.map((s) => [...s, v])], [[]]);

const query = (over: Partial<RoleQuery>): RoleQuery => ({ ...DEFAULT_ROLE_QUERY, pageSize: 100, ...over });

describe("listPublishedRoles filters and facets", () => {
  beforeAll(async () => {
    await resetCatalogue();
    // Unpublished roles must never count.
    await insertRole({ slug: "draft-role", status: "DRAFT", publishedAt: null, tier: "LOW_TO_MEDIUM" });
    await insertRole({ slug: "archived-role", status: "ARCHIVED", tier: null, horizon: null });
  });

  it("matches an independent count for every combination of tier and horizon selections", async () => {
    const all = await publishedRoles();
    expect(all.length).toBeGreaterThan(0);
    for (const tier of subsets(TIER_VALUES)) {
      for (const horizon of subsets(HORIZON_VALUES)) {
        const inTier = (r: (typeof all)[number]) => tier.length === 0 || tier.includes(r.tier as never);
        const inHorizon = (r: (typeof all)[number]) => horizon.length === 0 || horizon.includes(r.horizon as never);
        const expected = all.filter((r) => inTier(r) && inHorizon(r)).map((r) => r.slug).sort();

        const result = await listPublishedRoles(query({ tier, horizon }));
        const label = `tier=${tier.join("|")} horizon=${horizon.join("|")}`;
        expect(result.items.map((i) => i.slug).sort(), label).toEqual(expected);
        expect(result.total, label).toBe(expected.length);
        for (const t of TIER_VALUES) {
          expect(result.facets.tier[t], `${label} facet tier=${t}`).toBe(all.filter((r) => r.tier === t && inHorizon(r)).length);
        }
        for (const h of HORIZON_VALUES) {
          expect(result.facets.horizon[h], `${label} facet horizon=${h}`).toBe(all.filter((r) => r.horizon === h && inTier(r)).length);
        }
      }
    }
  });

  it("keeps facet counts exact through updates, soft and hard deletes (trigger-kept counts)", async () => {
    const db = testDb();
    await db.role.update({ where: { slug: "data-detective" }, data: { tier: "LOW_TO_MEDIUM", horizon: null } });
    await db.role.update({ where: { slug: "draft-role" }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await db.role.updateMany({ where: { slug: { in: ["walker-talker", "digital-tailor"] } }, data: { deletedAt: new Date() } });
    await db.role.delete({ where: { slug: "chief-trust-officer" } });
    const live = (await publishedRoles()).filter(Boolean);
    const deleted = await db.role.findMany({ where: { deletedAt: { not: null } }, select: { slug: true } });
    const visible = live.filter((r) => !deleted.some((d) => d.slug === r.slug));
    const r = await listPublishedRoles(query({ horizon: ["unspecified"] }));
    for (const t of TIER_VALUES) {
      expect(r.facets.tier[t], t).toBe(visible.filter((x) => x.tier === t && x.horizon === "unspecified").length);
    }
    const all = await listPublishedRoles(query({}));
    expect(all.total).toBe(visible.length);
    expect(all.items.map((i) => i.slug).sort()).toEqual(visible.map((v) => v.slug).sort());
    await resetCatalogue();
    const fresh = await listPublishedRoles(query({}));
    expect(fresh.total).toBe((await publishedRoles()).length);
  });

  it("reports zero-count facet values instead of leaving them out", async () => {
    const r = await listPublishedRoles(query({ horizon: ["5-year"] }));
    expect(Object.keys(r.facets.tier).sort()).toEqual([...TIER_VALUES].sort());
    // The seed's only role without a tier (基因多样化官) is a 10-year role.
    expect(r.facets.tier.unspecified).toBe(0);
  });

  it("returns null-free tier and horizon values", async () => {
    const r = await listPublishedRoles(query({}));
    for (const item of r.items) {
      expect(TIER_VALUES).toContain(item.tier);
      expect(HORIZON_VALUES).toContain(item.horizon);
    }
    expect(r.items.find((i) => i.slug === "genetic-diversity-officer")?.tier).toBe("unspecified");
  });

  it("applies the keyword to the facets too", async () => {
    const r = await listPublishedRoles(query({ q: "数据侦探" }));
    expect(r.items.map((i) => i.slug)).toEqual(["data-detective"]);
    expect(r.facets.tier).toEqual({ "low-to-medium": 0, "medium-to-high": 1, unspecified: 0 });
    expect(r.facets.horizon).toEqual({ "5-year": 1, "10-year": 0, unspecified: 0 });
  });
});

describe("keyword search", () => {
  const slugs = async (q: string) => (await listPublishedRoles(query({ q }))).items.map((i) => i.slug).sort();

  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "percent", titleEn: "ML Engineer at 100% Remote", summaryEn: "plain" });
    await insertRole({ slug: "underscore", titleEn: "snake_case Analyst", summaryEn: "plain" });
    await insertRole({ slug: "backslash", titleEn: "Path C:\\ Wrangler", summaryEn: "plain" });
    await insertRole({ slug: "quotes", titleEn: `O'Brien "Quoted" Role`, summaryEn: "R&D (beta) | x! +1" });
    await insertRole({ slug: "draft-match", titleEn: "Hidden Detective", status: "DRAFT", publishedAt: null });
  });

  it("treats % _ and \\ literally", async () => {
    expect(await slugs("%")).toEqual(["percent"]);
    expect(await slugs("100%")).toEqual(["percent"]);
    expect(await slugs("_")).toEqual(["underscore"]);
    expect(await slugs("e_c")).toEqual(["underscore"]);
    expect(await slugs("\\")).toEqual(["backslash"]);
  });

  it("matches quotes and other punctuation literally without database errors", async () => {
    for (const q of ["n \"Q", `"Quoted"`, "O'Brien", "R&D", "(beta)", "| x!", "+1"]) {
      expect(await slugs(q), q).toEqual(["quotes"]);
    }
    expect(await slugs("'; DROP TABLE roles; --")).toEqual([]);
    expect(await testDb().role.count()).toBeGreaterThan(0);
  });

  it("is case-insensitive and searches English and Chinese names and summaries of published roles only", async () => {
    expect(await slugs("DETECTIVE")).toEqual(["data-detective"]);
    expect(await slugs("detect")).toEqual(["data-detective"]);
    expect(await slugs("侦探")).toEqual(["data-detective"]);
    expect(await slugs("evidence")).toEqual(["data-detective"]); // in the description only
    const bySummary = await slugs("smart city");
    expect(bySummary).toEqual(["cyber-city-analyst"]);
    expect(await slugs("智慧城市")).toEqual(["cyber-city-analyst"]);
  });
});

describe("pagination", () => {
  beforeAll(async () => {
    await resetCatalogue();
    const same = new Date("2025-01-01T00:00:00Z");
    for (let i = 0; i < 25; i++) {
      await insertRole({ slug: `tie-${String((i * 7) % 25).padStart(2, "0")}`, titleEn: "Tied Title", publishedAt: same });
    }
  });

  for (const sort of ["title", "newest", "relevance"] as const) {
    it(`walks every page exactly once when many roles share the sort value (sort=${sort})`, async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 4; page++) {
        const r = await listPublishedRoles(query({ q: "Tied Title", sort, page, pageSize: 7 }));
        expect(r.total).toBe(25);
        expect(r.items.length).toBe(page < 4 ? 7 : 4);
        seen.push(...r.items.map((i) => i.slug));
      }
      // Ties on the sort value are broken by slug (descending for newest, like the date).
      const bySlug = [...seen].sort();
      expect(seen).toEqual(sort === "newest" ? bySlug.reverse() : bySlug);
      expect(new Set(seen).size).toBe(25);
    });
  }

  it("sorts by title and by newest publication", async () => {
    const byTitle = (await listPublishedRoles(query({}))).items.map((i) => i.titleEn);
    expect(byTitle.length).toBeGreaterThan(20);
    const expected = await testDb().$queryRaw<{ t: string }[]>`
      SELECT title_en AS t FROM roles WHERE status = 'published' ORDER BY lower(title_en), slug LIMIT 100`;
    expect(byTitle).toEqual(expected.map((e) => e.t));

    await insertRole({ slug: "brand-new", titleEn: "Zzz Newest", publishedAt: new Date(Date.now() + 60_000) });
    const newest = await listPublishedRoles(query({ sort: "newest", pageSize: 1 }));
    expect(newest.items[0]?.slug).toBe("brand-new");
  });

  it("gives an empty page with the real total past the end", async () => {
    const r = await listPublishedRoles(query({ page: 500, pageSize: 100 }));
    expect(r.items).toEqual([]);
    expect(r.total).toBeGreaterThan(40);
    expect(r.page).toBe(500);
  });
});

describe("getPublishedRole", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "not-yet", status: "DRAFT", publishedAt: null });
  });
  afterAll(resetCatalogue);

  it("returns a published role in full", async () => {
    const role = await getPublishedRole("genetic-diversity-officer");
    expect(role).toMatchObject({ slug: "genetic-diversity-officer", titleZh: "基因多样化官", tier: "unspecified", horizon: "10-year", contentOrigin: "editorial" });
    expect(role?.descriptionEn.length).toBeGreaterThan(20);
    expect(Date.parse(role?.publishedAt ?? "")).not.toBeNaN();
  });

  it.each(["not-yet", "no-such-role", "Data-Detective", "../etc", "", "a".repeat(500), "data detective"])(
    "returns null for %j",
    async (slug) => {
      expect(await getPublishedRole(slug)).toBeNull();
    },
  );
});
