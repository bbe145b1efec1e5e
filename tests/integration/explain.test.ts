import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRolesSql, publishedRoleSql, relatedRolesSql } from "@/lib/roles/data";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseRoleQuery } from "@/lib/roles/query";
import { insertScaleRoles } from "@/prisma/scale-roles";
import { resetCatalogue, testDb } from "../support/database";

// Every public query must use an index at catalogue scale. 100k roles on a real server; the embedded PGlite
// (a newcomer's `npm test`) is single-threaded WASM, so it checks the same plans at 20k.
const ROLES = Number(process.env.ATLAS_EXPLAIN_ROLES ?? (process.env.ATLAS_EMBEDDED_TEST === "1" ? 20_000 : 100_000));

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

async function plan(sql: Prisma.Sql): Promise<PlanNode> {
  const rows = await testDb().$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>`EXPLAIN (FORMAT JSON) ${sql}`;
  const first = rows[0]?.["QUERY PLAN"][0]?.Plan;
  if (!first) throw new Error("no plan");
  return first;
}

function nodes(p: PlanNode): PlanNode[] {
  return [p, ...(p.Plans ?? []).flatMap(nodes)];
}

/** Asserts the plan reads `roles` only through indexes, and returns the index names it uses. */
async function expectIndexed(label: string, sql: Prisma.Sql): Promise<string[]> {
  const all = nodes(await plan(sql));
  const seq = all.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "roles");
  expect(seq, `${label}: sequential scan over roles`).toEqual([]);
  const indexes = all.map((n) => n["Index Name"]).filter((n): n is string => !!n);
  expect(indexes.length, `${label}: no index used`).toBeGreaterThan(0);
  return indexes;
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
      const sql = listRolesSql(parsed(qs), { statuses: ["published"] });
      await expectIndexed(`${label} (list)`, sql.items);
      await expectIndexed(`${label} (facets)`, sql.facets);
    });
  }

  // The broadest keywords a visitor types (issue 10). At 100k roles on Postgres 15 each of these is still read by a
  // sequential scan of roles (23k–80k matches; the planner prefers it to 23k heap fetches), measured in
  // docs/SEARCH-PROFILE.md. Known failures until the narrow term index lands: `it.fails` passes while the scan
  // is there and turns red once it is gone, so remove it then. PGlite's plans at 20k are not the point: skipped.
  const broad: [string, string][] = [
    ["broad Chinese keyword", "q=数据"],
    ["broad Chinese keyword, filtered", "q=数据&tier=medium-to-high&horizon=5-year"],
    ["broad Latin keyword", "q=AI"],
    ["broad English keyword, filtered", "q=engineer&tier=low-to-medium"],
    ["one Latin letter", "q=a"],
  ];
  const knownScan = process.env.ATLAS_EMBEDDED_TEST === "1" ? it.skip : it.fails;
  for (const [label, qs] of broad) {
    knownScan(`${label}: list and facets use indexes (known sequential scan, issue 10)`, async () => {
      const sql = listRolesSql(parsed(qs), { statuses: ["published"] });
      await expectIndexed(`${label} (list)`, sql.items);
      await expectIndexed(`${label} (facets)`, sql.facets);
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
