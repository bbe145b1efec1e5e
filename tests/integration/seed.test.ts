import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_ROLES } from "@/prisma/seed-data";
import { seedRoles } from "@/prisma/seed-roles";
import { resetCatalogue, testDb } from "../support/database";

const snapshot = () =>
  testDb().$queryRaw<Record<string, unknown>[]>`SELECT * FROM roles ORDER BY slug`;

describe("seed", () => {
  beforeAll(async () => {
    await testDb().$executeRaw`TRUNCATE roles CASCADE`;
  });

  it("inserts every seed role once, published, and a second run changes nothing", async () => {
    const first = await seedRoles(process.env.DATABASE_URL!);
    expect(first).toEqual({ inserted: SEED_ROLES.length, total: SEED_ROLES.length });
    const before = await snapshot();
    expect(before).toHaveLength(SEED_ROLES.length);
    expect(new Set(before.map((r) => r.status))).toEqual(new Set(["published"]));

    const second = await seedRoles(process.env.DATABASE_URL!);
    expect(second.inserted).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("does not overwrite a role an editor changed", async () => {
    await resetCatalogue();
    await testDb().role.update({ where: { slug: "data-detective" }, data: { summaryEn: "Edited by staff" } });
    await seedRoles(process.env.DATABASE_URL!);
    const role = await testDb().role.findUniqueOrThrow({ where: { slug: "data-detective" } });
    expect(role.summaryEn).toBe("Edited by staff");
  });

  it("has unique slugs and both names for every role", () => {
    expect(new Set(SEED_ROLES.map((r) => r.slug)).size).toBe(SEED_ROLES.length);
    expect(new Set(SEED_ROLES.map((r) => r.titleZh)).size).toBe(SEED_ROLES.length);
    for (const r of SEED_ROLES) {
      expect(r.titleEn.trim()).not.toBe("");
      expect(r.titleZh.trim()).not.toBe("");
      for (const text of [r.summaryEn, r.summaryZh, r.descriptionEn, r.descriptionZh]) expect(text.length).toBeGreaterThan(10);
    }
  });
});

// The article the seed transcribes lives outside the repo (../shared/seed/); CI has it beside the clone.
const articleDir = path.resolve(import.meta.dirname, "../../../shared/seed");
const articleFile = fs.existsSync(articleDir)
  ? fs.readdirSync(articleDir).find((f) => f.endsWith(".txt"))
  : undefined;

describe.runIf(articleFile)("seed against the source article", () => {
  // Markdown links → their text, all whitespace removed: "AI\n[业务开发经理](…)" becomes "AI业务开发经理".
  const text = fs
    .readFileSync(path.join(articleDir, articleFile ?? ""), "utf8")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, "");
  const section = (start: string, end: string) => {
    const from = text.indexOf(start);
    const to = text.indexOf(end, from + 1);
    expect(from, start).toBeGreaterThanOrEqual(0);
    expect(to, end).toBeGreaterThan(from);
    return `${text.slice(from, to)}*`;
  };
  const sections = {
    LOW_TO_MEDIUM: section("**技术含量（低到中等）**", "**技术含量（中到高等）**"),
    MEDIUM_TO_HIGH: section("**技术含量（中到高等）**", "**按照出现的时间"),
    FIVE_YEARS: section("未来5年将出现的工作", "**未来10年将出现的工作"),
    TEN_YEARS: section("**未来10年将出现的工作", "###"),
  };
  const listed = (s: string, zh: string) => s.includes(`*${zh}*`) || s.includes(`*${zh}（`);
  const squash = (s: string) => s.replace(/\s+/g, "");

  it.each(SEED_ROLES.map((r) => [r.slug, r] as const))("%s: names, tier and horizon as the article gives them", (_slug, role) => {
    expect(text).toContain(`${squash(role.titleZh)}（${squash(role.titleEn)}）`);
    for (const tier of ["LOW_TO_MEDIUM", "MEDIUM_TO_HIGH"] as const) {
      expect(listed(sections[tier], role.titleZh), `${role.titleZh} under ${tier}`).toBe(role.tier === tier);
    }
    for (const horizon of ["FIVE_YEARS", "TEN_YEARS"] as const) {
      expect(listed(sections[horizon], role.titleZh), `${role.titleZh} under ${horizon}`).toBe(role.horizon === horizon);
    }
  });

  it("leaves out no role the article lists", () => {
    const names = [...text.matchAll(/\*([^*（]+)（([^）]+)）/g)].map((m) => m[1]);
    const listedNames = Object.values(sections).flatMap((s) =>
      [...s.matchAll(/\*([^*（]+?)(?=[（*])/g)].map((m) => m[1] ?? ""),
    );
    const seedNames = new Set(SEED_ROLES.map((r) => r.titleZh));
    for (const n of new Set([...names, ...listedNames].filter((n): n is string => !!n && !n.startsWith("*")))) {
      if (/技术含量|未来|按照/.test(n)) continue;
      expect(seedNames, n).toContain(n);
    }
  });
});
