import { beforeAll, describe, expect, it } from "vitest";
import { getPublishedRolesBySlugs, getRoleMatrix } from "@/lib/roles/data";
import { HORIZON_VALUES, TIER_VALUES } from "@/lib/roles/query";
import { insertRole, resetCatalogue, testDb } from "../support/database";

const TIER = { LOW_TO_MEDIUM: "low-to-medium", MEDIUM_TO_HIGH: "medium-to-high" } as const;
const HORIZON = { FIVE_YEARS: "5-year", TEN_YEARS: "10-year" } as const;

beforeAll(async () => {
  await resetCatalogue();
  await insertRole({ slug: "draft-matrix", status: "DRAFT", publishedAt: null, tier: null, horizon: null });
  await insertRole({ slug: "deleted-matrix", tier: null, horizon: null, deletedAt: new Date() });
});

describe("getRoleMatrix", () => {
  it("has all nine cells in order, each with the exact count and its roles, published and live only", async () => {
    const cells = await getRoleMatrix();
    expect(cells.map((c) => `${c.tier}|${c.horizon}`)).toEqual(TIER_VALUES.flatMap((t) => HORIZON_VALUES.map((h) => `${t}|${h}`)));
    const live = await testDb().role.findMany({ where: { status: "PUBLISHED", deletedAt: null } });
    for (const c of cells) {
      const expected = live
        .filter((r) => (r.tier ? TIER[r.tier] : "unspecified") === c.tier && (r.horizon ? HORIZON[r.horizon] : "unspecified") === c.horizon)
        .map((r) => r.slug)
        .sort();
      expect(c.count, `${c.tier}|${c.horizon}`).toBe(expected.length);
      expect(c.roles.map((r) => r.slug).sort()).toEqual(expected);
    }
    expect(cells.reduce((n, c) => n + c.count, 0)).toBe(live.length);
    const all = cells.flatMap((c) => c.roles.map((r) => r.slug));
    expect(all).not.toContain("draft-matrix");
    expect(all).not.toContain("deleted-matrix");
  });

  it("limits the names per cell but keeps the full count", async () => {
    const cells = await getRoleMatrix(1);
    const big = cells.find((c) => c.count > 1)!;
    expect(big.roles).toHaveLength(1);
    expect(big.count).toBeGreaterThan(1);
  });
});

describe("getPublishedRolesBySlugs", () => {
  it("returns the published roles in the order asked, leaving out unknown and unpublished slugs", async () => {
    const roles = await getPublishedRolesBySlugs(["walker-talker", "no-such-role", "draft-matrix", "data-detective"]);
    expect(roles.map((r) => r.slug)).toEqual(["walker-talker", "data-detective"]);
  });
});
