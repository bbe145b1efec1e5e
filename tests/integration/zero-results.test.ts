import { beforeAll, describe, expect, it } from "vitest";
import { listCurrentOpenings } from "@/lib/openings/data";
import { parseOpeningQuery } from "@/lib/openings/query";
import { openingZeroResultHelp } from "@/lib/openings/zero-results";
import { listPublishedRoles } from "@/lib/roles/data";
import { parseRoleQuery } from "@/lib/roles/query";
import { roleZeroResultHelp } from "@/lib/roles/zero-results";
import { insertOpening, insertRole, resetCatalogue } from "../support/database";

// The counts the zero-results help offers must be what following its link gives: each is checked against the
// list answered for the suggested query itself.

const roleQuery = (qs: string) => {
  const p = parseRoleQuery(new URLSearchParams(qs));
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.query;
};
const openingQuery = (qs: string) => {
  const p = parseOpeningQuery(new URLSearchParams(qs));
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.query;
};

describe("zero-results help", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "kelp-a", titleEn: "Kelpfarm Analyst", tier: "LOW_TO_MEDIUM", horizon: "FIVE_YEARS", descriptionEn: "x" });
    await insertRole({ slug: "kelp-b", titleEn: "Kelpfarm Engineer", tier: "LOW_TO_MEDIUM", horizon: "TEN_YEARS", descriptionEn: "x" });
    await insertRole({ slug: "kelp-c", titleEn: "Kelpfarm Lead", tier: "MEDIUM_TO_HIGH", horizon: "TEN_YEARS", descriptionEn: "x" });
    await insertOpening("kelp-a", { slug: "kelp-job-1", titleEn: "Kelpfarm Diver", workplaceType: "REMOTE", validThrough: "2099-12-31" });
    await insertOpening("kelp-b", { slug: "kelp-job-2", titleEn: "Kelpfarm Diver II", workplaceType: "ON_SITE", validThrough: "2099-12-31" });
    await insertOpening("kelp-c", { slug: "kelp-job-3", titleEn: "Kelpfarm Boss", workplaceType: "HYBRID", employmentType: "CONTRACT", validThrough: "2099-12-31" });
  });

  it("roles: says which filter to drop and how many roles each gives, most first", async () => {
    const query = roleQuery("q=kelpfarm&tier=medium-to-high&horizon=5-year");
    const result = await listPublishedRoles(query);
    expect(result.total).toBe(0);
    const help = await roleZeroResultHelp(query, result);
    const counts = Object.fromEntries(help.drops.map((d) => [d.filter, d.count]));
    expect(counts.tier).toBe(1); // kelp-a
    expect(counts.horizon).toBe(1); // kelp-c
    for (const d of help.drops) expect((await listPublishedRoles(d.query)).total, d.filter).toBe(d.count);
    const sorted = help.drops.map((d) => d.count);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    expect(help.spelling).toBeNull();
  });

  it("roles: offers the corrected spelling with its count when exact=1 kept the typo", async () => {
    const query = roleQuery("q=kelpfarn&exact=1&tier=low-to-medium");
    const result = await listPublishedRoles(query, { correct: true });
    expect(result.total).toBe(0);
    const help = await roleZeroResultHelp(query, result);
    expect(help.spelling).toMatchObject({ q: "kelpfarm", count: 2 });
    expect((await listPublishedRoles(help.spelling!.query)).total).toBe(2);
  });

  it("openings: facet and counted filters, each count what its link gives", async () => {
    const query = openingQuery("q=kelpfarm&workplace=remote&employment=contract&tier=medium-to-high");
    const result = await listCurrentOpenings(query);
    expect(result.total).toBe(0);
    const help = await openingZeroResultHelp(query, result);
    const counts = Object.fromEntries(help.drops.map((d) => [d.filter, d.count]));
    expect(counts.workplace).toBe(1); // kelp-job-3 (hybrid, contract, medium-to-high)
    expect(counts.employment).toBeUndefined(); // dropping it alone still gives nothing: not offered
    expect(counts.tier).toBeUndefined();
    for (const d of help.drops) expect((await listCurrentOpenings(d.query)).total, d.filter).toBe(d.count);
    expect(help.drops.every((d) => d.count > 0)).toBe(true);
  });
});
