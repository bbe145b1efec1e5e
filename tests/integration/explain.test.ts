import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRolesSql, publishedRoleSql, relatedRolesSql } from "@/lib/roles/data";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseRoleQuery } from "@/lib/roles/query";
import { insertScaleRoles } from "@/prisma/scale-roles";
import { resetCatalogue, testDb } from "../support/database";
import { expectNoScan } from "../support/explain";

// Every public query must use an index at catalogue scale. 100k roles on a real server; the embedded PGlite
// (a newcomer's `npm test`) is single-threaded WASM, so it checks the same plans at 20k.
const ROLES = Number(process.env.ATLAS_EXPLAIN_ROLES ?? (process.env.ATLAS_EMBEDDED_TEST === "1" ? 20_000 : 100_000));

/** Asserts the plan reads `roles` and its search index only through indexes; returns the index names used. */
const expectIndexed = (label: string, sql: Prisma.Sql, searched = false) =>
  expectNoScan(label, sql, { tables: ["roles", "role_search"], searched, termsIndex: "role_search_terms_idx" });

/** Both statements of a list, each planned as the app runs it. */
async function expectListIndexed(label: string, sql: ReturnType<typeof listRolesSql>) {
  await expectIndexed(`${label} (list)`, sql.items, sql.searched);
  await expectIndexed(`${label} (facets)`, sql.facets, sql.searched);
}

function parsed(qs: string, titleOrder: "en" | "zh" = "en") {
  const r = parseRoleQuery(new URLSearchParams(qs), titleOrder);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.query;
}

describe(`query plans at ${ROLES} roles`, () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertScaleRoles(process.env.DATABASE_URL!, ROLES);
  }, 600_000);
  afterAll(resetCatalogue, 120_000);

  const lists: [string, string][] = [
    ["browse, by title", ""],
    ["browse, newest", "sort=newest"],
    ["one tier and horizon", "tier=medium-to-high&horizon=5-year"],
    ["several tiers and horizons", "tier=low-to-medium&tier=unspecified&horizon=10-year&horizon=unspecified"],
    ["a far page", "page=300"],
    ["English search", "q=detective"],
    ["English search, filtered", "q=detective&tier=medium-to-high&horizon=5-year"],
    ["Chinese two-character search", "q=侦探"],
    ["Chinese search", "q=数字孪生"],
    ["mixed search", "q=AI 医疗"],
    ["search by title", "q=detective&sort=title"],
    // Segmented Chinese: each word's token index, combined by a bitmap AND (7 ms facets at 100k, measured).
    ["Chinese typed without spaces", "q=数据分析"],
    ["broad Chinese keyword 分析", "q=分析"],
  ];

  for (const [label, qs] of lists) {
    it(`${label}: list and facets use indexes`, async () => {
      await expectListIndexed(label, listRolesSql(parsed(qs), { statuses: ["published"] }));
    });
  }

  // The broadest keywords a visitor types (issue 10): 23k–80k matches at 100k roles. They were read by a sequential
  // scan of roles (1.2–1.9 s) until the search index (role_search); now its GIN index finds them and only its
  // narrow rows are read (docs/SEARCH-PROFILE.md).
  const broad: [string, string][] = [
    ["broad Chinese keyword", "q=数据"],
    ["broad Chinese keyword, filtered", "q=数据&tier=medium-to-high&horizon=5-year"],
    ["broad Latin keyword", "q=AI"],
    ["broad English keyword, filtered", "q=engineer&tier=low-to-medium"],
    ["one Latin letter", "q=a"],
    ["broad keyword by title", "q=数据&sort=title"],
    ["three-character Chinese word", "q=工程师"],
    ["punctuation inside a word", "q=node.js"],
  ];
  for (const [label, qs] of broad) {
    it(`${label}: list and facets use the search index`, async () => {
      const sql = listRolesSql(parsed(qs), { statuses: ["published"] });
      expect(sql.searched).toBe(true);
      await expectListIndexed(label, sql);
    });
  }

  it("keyset page: uses the sort index", async () => {
    const [row] = await testDb().$queryRaw<{ sort_title: string; slug: string }[]>`
      SELECT sort_title, slug FROM roles WHERE status = 'published' ORDER BY sort_title, slug OFFSET 5000 LIMIT 1`;
    const { encodeCursor } = await import("@/lib/roles/cursor");
    const cursor = encodeCursor({ sort: "title", key: [row!.sort_title, row!.slug], page: 251 });
    const indexes = await expectIndexed("keyset", listRolesSql(parsed(`cursor=${cursor}`), { statuses: ["published"] }).items);
    expect(indexes).toContain("roles_status_sort_title_slug_deleted_at_idx");
  });

  // The Chinese pages' title order (pinyin, roles.sort_key_zh) has its own keyset indexes.
  it("Chinese pages, by pinyin: first page, one tier and horizon, and a keyset page use the sort_key_zh indexes", async () => {
    const scope = { statuses: ["published"] as const };
    const first = await expectIndexed("zh browse", listRolesSql(parsed("", "zh"), scope).items);
    expect(first).toContain("roles_status_sort_key_zh_slug_deleted_at_idx");
    const cell = await expectIndexed("zh cell", listRolesSql(parsed("tier=medium-to-high&horizon=5-year", "zh"), scope).items);
    expect(cell).toContain("roles_status_tier_horizon_sort_key_zh_slug_deleted_at_idx");
    const [row] = await testDb().$queryRaw<{ sort_key_zh: string; slug: string }[]>`
      SELECT sort_key_zh, slug FROM roles WHERE status = 'published' ORDER BY sort_key_zh, slug OFFSET 5000 LIMIT 1`;
    expect(row!.sort_key_zh.startsWith("~"), "the bulk load supplies real keys").toBe(false);
    const { encodeCursor } = await import("@/lib/roles/cursor");
    const cursor = encodeCursor({ sort: "title", key: [row!.sort_key_zh, row!.slug], page: 251, zh: true });
    const keyset = await expectIndexed("zh keyset", listRolesSql(parsed(`cursor=${cursor}`, "zh"), scope).items);
    expect(keyset).toContain("roles_status_sort_key_zh_slug_deleted_at_idx");
  });

  it("detail and related roles use indexes", async () => {
    expect(await expectIndexed("detail", publishedRoleSql("data-detective"))).toContain("roles_slug_key");
    await expectIndexed("related", relatedRolesSql({ slug: "data-detective", tier: "medium-to-high", horizon: "5-year" }, 4));
    await expectIndexed("related, unspecified", relatedRolesSql({ slug: "x", tier: "unspecified", horizon: "10-year" }, 4));
  });
});
