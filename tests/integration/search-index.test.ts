import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCurrentOpenings } from "@/lib/openings/data";
import { parseOpeningQuery } from "@/lib/openings/query";
import { listPublishedRoles } from "@/lib/roles/data";
import { parseRoleQuery } from "@/lib/roles/query";
import { searchPlan } from "@/lib/search/segment";
import { insertOpening, insertRole, resetCatalogue, testDb } from "../support/database";

// The search index (role_search, opening_search: migration *_search_index) must say exactly what the literal
// substring search over search_text says, for every kind of keyword piece, and follow every write.

/** Role slugs the app finds for a keyword (every page at once). */
async function found(q: string): Promise<string[]> {
  const parsed = parseRoleQuery(new URLSearchParams({ q, pageSize: "100" }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return (await listPublishedRoles(parsed.query)).items.map((i) => i.slug).sort();
}

/** The definition: published roles whose search_text contains every piece literally (no index involved). */
async function literal(q: string): Promise<string[]> {
  const { pieces } = searchPlan(q);
  const rows = await testDb().$queryRaw<{ slug: string }[]>`
    SELECT slug FROM roles WHERE status = 'published' AND deleted_at IS NULL
      AND (SELECT bool_and(strpos(search_text, atlas_search_normalize(p)) > 0) FROM unnest(${pieces}::text[]) AS p)
    ORDER BY slug`;
  return rows.map((r) => r.slug).sort();
}

const entry = (slug: string) => testDb().$queryRaw<{ slug: string; status: string; deleted: boolean; terms: string[] }[]>`
  SELECT s.slug, s.status::text, s.deleted_at IS NOT NULL AS deleted, atlas_search_terms(s.search_text) AS terms FROM role_search s JOIN roles r ON r.id = s.id
  WHERE r.slug = ${slug}`;

describe("the search index", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "reengineering-lead", titleEn: "Reengineering Lead", titleZh: "再造负责人", descriptionEn: "Works with gpt4o and node.js daily." });
    await insertRole({ slug: "engineer-cn", titleEn: "Model Engineer", titleZh: "模型工程师", descriptionZh: "负责大模型工程。" });
    await insertRole({ slug: "apart", titleEn: "Process Owner", titleZh: "流程负责人", descriptionZh: "工程管理，程师傅带教。" });
    await insertRole({ slug: "cpp", titleEn: "C++ Toolsmith", titleZh: "工具匠", descriptionEn: "c++ and rust, 100% remote" });
  });
  afterAll(resetCatalogue, 120_000);

  it("finds exactly what the literal substring search finds, for every kind of piece", async () => {
    const keywords = [
      "数据", "侦", "ai", "a", "AI", // one run of one or two characters: the terms alone
      "engineer", "gine", "gpt4", "reengineering", "ENGINEER", // Latin runs of 3+: through the vocabulary
      "工程师", "负责人", "大模型", "模型工程", "程师", "再造负责人", // Chinese runs of 3 (terms) and longer (then the text)
      "c++", "node.js", "100%", "4o", // punctuation inside: the runs' terms, then the text
      "数据分析", "AI产品经理", "detective 数据", "nosuchwordatall",
    ];
    for (const q of keywords) expect(await found(q), q).toEqual(await literal(q));
  });

  it("a Latin piece matches inside longer words, and a longer Chinese word only as written", async () => {
    expect(await found("gine")).toEqual(expect.arrayContaining(["engineer-cn", "reengineering-lead"]));
    expect(await found("gpt4")).toEqual(["reengineering-lead"]);
    // 工程 and 程师 both occur in "apart", but not 工程师: the text decides.
    expect(await found("工程师")).toContain("engineer-cn");
    expect(await found("工程师")).not.toContain("apart");
  });

  it("follows inserts, edits, soft deletes, restores and deletes", async () => {
    const role = await insertRole({ slug: "index-follow", titleEn: "Quasar Whisperer", titleZh: "类星体低语者" });
    expect((await entry("index-follow"))[0]?.terms).toEqual(expect.arrayContaining(["quasar", "whisperer", "类星", "星"]));
    expect(await found("quasar")).toEqual(["index-follow"]);

    await testDb().role.update({ where: { id: role.id }, data: { titleEn: "Pulsar Whisperer", titleZh: "脉冲星低语者" } });
    expect(await found("quasar")).toEqual([]);
    expect(await found("pulsar")).toEqual(["index-follow"]);
    expect(await found("脉冲")).toEqual(["index-follow"]);

    await testDb().role.update({ where: { id: role.id }, data: { deletedAt: new Date() } });
    expect((await entry("index-follow"))[0]?.deleted).toBe(true);
    expect(await found("pulsar")).toEqual([]);
    await testDb().role.update({ where: { id: role.id }, data: { deletedAt: null, status: "DRAFT" } });
    expect((await entry("index-follow"))[0]).toMatchObject({ deleted: false, status: "draft" });
    expect(await found("pulsar")).toEqual([]);

    await testDb().role.delete({ where: { id: role.id } });
    const [row] = await testDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM role_search WHERE id = ${role.id}::uuid`;
    expect(row?.n).toBe(0);
  });

  it("has one entry per role and per opening, equal to the listing's own columns", async () => {
    const [roles] = await testDb().$queryRaw<{ missing: number; differing: number }[]>`
      SELECT count(*) FILTER (WHERE s.id IS NULL)::int AS missing,
             count(*) FILTER (WHERE s.id IS NOT NULL AND (s.slug, s.status, s.tier, s.horizon, s.sort_title, s.search_title)
               IS DISTINCT FROM (r.slug, r.status, r.tier, r.horizon, r.sort_title, r.search_title))::int AS differing
      FROM roles r LEFT JOIN role_search s ON s.id = r.id`;
    expect(roles).toEqual({ missing: 0, differing: 0 });
    const [openings] = await testDb().$queryRaw<{ missing: number; differing: number }[]>`
      SELECT count(*) FILTER (WHERE s.id IS NULL)::int AS missing,
             count(*) FILTER (WHERE s.id IS NOT NULL AND (s.slug, s.status, s.expires_at, s.search_text, s.role_slug, s.role_status, s.tier)
               IS DISTINCT FROM (o.slug, o.status, o.expires_at, o.search_text, r.slug, r.status, r.tier))::int AS differing
      FROM openings o JOIN roles r ON r.id = o.role_id LEFT JOIN opening_search s ON s.id = o.id`;
    expect(openings).toEqual({ missing: 0, differing: 0 });
  });

  it("keeps openings' entries current and finds openings through them", async () => {
    const opening = await insertOpening("data-detective", { titleEn: "Senior Hyperparameter Wrangler", employerName: "Zorblax Labs" });
    const jobs = async (q: string) => {
      const parsed = parseOpeningQuery(new URLSearchParams({ q }));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      return (await listCurrentOpenings(parsed.query, new Date("2026-12-01T08:00:00Z"))).items.map((i) => i.slug);
    };
    expect(await jobs("hyperparam")).toEqual([opening.slug]);
    expect(await jobs("zorblax")).toEqual([opening.slug]);
    await testDb().opening.update({ where: { id: opening.id }, data: { employerName: "Quibble Works" } });
    expect(await jobs("zorblax")).toEqual([]);
    expect(await jobs("quibble")).toEqual([opening.slug]);
    // The entry carries its role's state: unpublishing the role takes the opening out of keyword results too.
    await testDb().role.update({ where: { slug: "data-detective" }, data: { status: "DRAFT" } });
    const [copy] = await testDb().$queryRaw<{ role_status: string }[]>`SELECT role_status::text FROM opening_search WHERE id = ${opening.id}::uuid`;
    expect(copy?.role_status).toBe("draft");
    expect(await jobs("quibble")).toEqual([]);
    await testDb().role.update({ where: { slug: "data-detective" }, data: { status: "PUBLISHED" } });
    expect(await jobs("quibble")).toEqual([opening.slug]);
    await testDb().opening.update({ where: { id: opening.id }, data: { status: "ARCHIVED" } });
    expect(await jobs("quibble")).toEqual([]);
    await testDb().opening.delete({ where: { id: opening.id } });
    const [row] = await testDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM opening_search WHERE id = ${opening.id}::uuid`;
    expect(row?.n).toBe(0);
  });
});
