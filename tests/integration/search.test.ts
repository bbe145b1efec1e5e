import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedRoles } from "@/lib/roles/data";
import { DEFAULT_ROLE_QUERY, parseRoleQuery, type RoleQuery } from "@/lib/roles/query";
import { deriveSearchColumns } from "@/lib/search/document";
import { insertRole, resetCatalogue, testDb } from "../support/database";

const query = (over: Partial<RoleQuery>): RoleQuery => ({ ...DEFAULT_ROLE_QUERY, pageSize: 100, ...over });
/** Slugs found for a keyword, in result order, parsed exactly as a URL would be. */
async function search(q: string, extra = ""): Promise<string[]> {
  const parsed = parseRoleQuery(new URLSearchParams(`q=${encodeURIComponent(q)}&pageSize=100${extra}`));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return (await listPublishedRoles(parsed.query)).items.map((i) => i.slug);
}

describe("search in Chinese and English", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "cafe-curator", titleEn: "Café Curator", titleZh: "咖啡策展人", summaryEn: "Naïve coffee", descriptionEn: "plain" });
    await insertRole({ slug: "percent", titleEn: "ML Engineer at 100% Remote", titleZh: "远程工程师" });
    await insertRole({ slug: "punct", titleEn: "R&D Lead (Beta)", titleZh: "研发负责人", summaryEn: `a|b! c+d "quoted" it's 50_50` });
  });

  it("finds a Chinese name by a two-character word and by one character", async () => {
    expect(await search("数据")).toContain("data-detective");
    expect(await search("侦探")).toEqual(["data-detective"]);
    expect(await search("侦")).toEqual(["data-detective"]);
    expect(await search("数据侦探")).toEqual(["data-detective"]);
  });

  it("finds English names case-insensitively and by any part of a word", async () => {
    for (const q of ["detective", "Detective", "DETECTIVE", "detect", "etecti"]) expect(await search(q), q).toEqual(["data-detective"]);
  });

  it("requires every word of mixed input", async () => {
    expect(await search("AI 医疗")).toEqual(["ai-assisted-healthcare-technician"]);
    expect(await search("AI　医疗")).toEqual(["ai-assisted-healthcare-technician"]); // ideographic space
    expect(await search("医疗 nonexistentword")).toEqual([]);
  });

  it("folds full-width forms and accents on both sides", async () => {
    expect(await search("ＤＥＴＥＣＴＩＶＥ")).toEqual(["data-detective"]);
    expect(await search("cafe")).toEqual(["cafe-curator"]);
    expect(await search("CAFÉ")).toEqual(["cafe-curator"]);
    expect(await search("naive")).toEqual(["cafe-curator"]);
    expect(await search("ｃａｆé")).toEqual(["cafe-curator"]);
  });

  it("searches descriptions too", async () => {
    expect(await search("evidence")).toEqual(["data-detective"]);
    expect(await search("证据")).toEqual(["data-detective"]);
  });

  it("matches punctuation literally and never raises a database error", async () => {
    expect(await search("%")).toEqual(["percent"]);
    expect(await search("100%")).toEqual(["percent"]);
    expect(await search("0_5")).toEqual(["punct"]);
    expect(await search("_")).toEqual(["punct"]);
    for (const q of ["R&D", "(Beta)", "a|b!", "c+d", `"quoted"`, "it's", "&", "|", "!", "(", ")", "+", "'"]) {
      expect(await search(q), q).toContain("punct");
    }
    for (const q of ["\\", "'; DROP TABLE roles; --", "%_%", "(((", "\\%", "'\"'", "a & !b | c", "😀", "\u0301"]) {
      await expect(search(q), q).resolves.toBeDefined();
    }
    expect(await testDb().role.count()).toBeGreaterThan(20);
  });

  it("keeps the database's and the bulk loader's derived search columns identical", async () => {
    const rows = await testDb().$queryRaw<
      { titleEn: string; titleZh: string; summaryEn: string; summaryZh: string; descriptionEn: string; descriptionZh: string; sortTitle: string; searchTitle: string; searchSummary: string; searchText: string; searchTokens: string[] }[]
    >`SELECT title_en AS "titleEn", title_zh AS "titleZh", summary_en AS "summaryEn", summary_zh AS "summaryZh",
        description_en AS "descriptionEn", description_zh AS "descriptionZh", sort_title AS "sortTitle",
        search_title AS "searchTitle", search_summary AS "searchSummary", search_text AS "searchText",
        search_tokens AS "searchTokens" FROM roles`;
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const d = deriveSearchColumns(row);
      expect({ ...d, searchTokens: [...d.searchTokens].sort() }, row.titleEn).toEqual({
        sortTitle: row.sortTitle,
        searchTitle: row.searchTitle,
        searchSummary: row.searchSummary,
        searchText: row.searchText,
        searchTokens: [...row.searchTokens].sort(),
      });
    }
  });
});

describe("Chinese word segmentation", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "apart", titleEn: "Qqq Apart", titleZh: "数据岗位", summaryZh: "负责分析报表", descriptionEn: "x" });
    await insertRole({ slug: "phrase", titleEn: "Zzz Phrase", titleZh: "甲岗位", summaryZh: "专注数据分析与建模", descriptionEn: "x" });
    await insertRole({ slug: "only-data", titleEn: "Only Data", titleZh: "数据员", summaryZh: "整理", descriptionEn: "x" });
    await insertRole({ slug: "ai-pm", titleEn: "Product Lead", titleZh: "产品负责人", summaryEn: "AI first", summaryZh: "团队经理", descriptionEn: "x" });
    await insertRole({ slug: "llm-eng", titleEn: "LLM Engineer", titleZh: "模型研究员", summaryZh: "训练大规模模型", descriptionEn: "x" });
  });

  it("finds the words of a run-together keyword apart, and ranks the exact phrase first", async () => {
    const found = await search("数据分析");
    expect(found).toContain("apart");
    expect(found.indexOf("phrase")).toBeGreaterThanOrEqual(0);
    // "phrase" has 数据分析 only in its summary, "apart" has 数据 in its title: the phrase still ranks first.
    expect(found.indexOf("phrase")).toBeLessThan(found.indexOf("apart"));
    expect(found).not.toContain("only-data");
    expect(await search("数据 分析")).toEqual(expect.arrayContaining(["apart", "phrase"]));
  });

  it("splits mixed Latin and Chinese input", async () => {
    const pm = await search("AI产品经理");
    expect(pm).toContain("ai-pm");
    expect(pm).not.toContain("llm-eng");
    expect(await search("大模型 engineer")).toEqual(["llm-eng"]);
  });

  it("keeps one character and unknown runs literal", async () => {
    expect(await search("员")).toEqual(expect.arrayContaining(["only-data", "llm-eng"]));
    expect(await search("砼砼砼")).toEqual([]);
  });
});

describe("relevance", () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertRole({ slug: "in-description", titleEn: "Aaa Role", summaryEn: "nothing", descriptionEn: "mentions zephyr here" });
    await insertRole({ slug: "in-summary-b", titleEn: "Bbb Role", summaryEn: "a zephyr summary" });
    await insertRole({ slug: "in-summary-a", titleEn: "Aab Role", summaryZh: "zephyr 摘要" });
    await insertRole({ slug: "in-title", titleEn: "Zzz Zephyr Role" });
  });

  it("ranks title over summary over description, ties by title", async () => {
    expect(await search("zephyr")).toEqual(["in-title", "in-summary-a", "in-summary-b", "in-description"]);
  });

  it("is the default sort while q is set; an explicit sort still applies", async () => {
    const r = parseRoleQuery(new URLSearchParams("q=zephyr"));
    expect(r.ok && r.query.sort).toBe("relevance");
    expect(await search("zephyr", "&sort=title")).toEqual(["in-description", "in-summary-a", "in-summary-b", "in-title"]);
  });
});

describe("keyset pagination", () => {
  beforeAll(async () => {
    await resetCatalogue();
    const same = new Date("2025-03-01T08:00:00Z");
    for (let i = 0; i < 23; i++) {
      await insertRole({ slug: `tied-${String((i * 5) % 23).padStart(2, "0")}`, titleEn: "Tied Keyset", summaryEn: "keyset", publishedAt: same });
    }
  });
  afterAll(resetCatalogue);

  for (const sort of ["title", "newest", "relevance"] as const) {
    it(`walks every role exactly once by cursor when all share the sort value (sort=${sort})`, async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const sp = new URLSearchParams({ q: "Tied Keyset", sort, pageSize: "4" });
        if (cursor) sp.set("cursor", cursor);
        const parsed = parseRoleQuery(sp);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const r = await listPublishedRoles(parsed.query);
        pages += 1;
        expect(r.page).toBe(pages);
        expect(r.total).toBe(23);
        seen.push(...r.items.map((i) => i.slug));
        cursor = r.nextCursor;
      } while (cursor && pages < 20);
      expect(pages).toBe(6);
      expect(new Set(seen).size).toBe(23);
      // The same order as offset paging.
      const offset = await listPublishedRoles(query({ q: "Tied Keyset", sort }));
      expect(seen).toEqual(offset.items.map((i) => i.slug));
    });
  }

  it("gives an empty last page, not an error, for a cursor past the end", async () => {
    const all = await listPublishedRoles(query({ q: "Tied Keyset", sort: "title", pageSize: 23 }));
    expect(all.nextCursor).toBeNull();
    const lastTwo = await listPublishedRoles(query({ q: "Tied Keyset", sort: "title", pageSize: 22 }));
    expect(lastTwo.nextCursor).not.toBeNull();
    const parsed = parseRoleQuery(new URLSearchParams({ q: "Tied Keyset", sort: "title", pageSize: "22", cursor: lastTwo.nextCursor ?? "" }));
    const page2 = await listPublishedRoles(parsed.ok ? parsed.query : DEFAULT_ROLE_QUERY);
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
  });
});
