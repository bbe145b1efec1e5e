import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeOpeningCursor } from "@/lib/openings/cursor";
import { listOpeningsSql, publishedOpeningSql, roleOpeningsSql } from "@/lib/openings/data";
import { parseOpeningQuery } from "@/lib/openings/query";
import { insertScaleOpenings } from "@/prisma/scale-openings";
import { resetCatalogue, testDb } from "../support/database";
import { expectNoScan } from "../support/explain";

// Every public openings query must read `openings` through indexes at scale: 100k openings on a real server
// (20k on the embedded PGlite, which is single-threaded WASM). The roles table (the seed's 21) may be scanned.
const OPENINGS = Number(process.env.ATLAS_EXPLAIN_OPENINGS ?? (process.env.ATLAS_EMBEDDED_TEST === "1" ? 20_000 : 100_000));
const NOW = new Date("2026-12-01T08:00:00Z");

/** Asserts the plan reads `openings` and its search index only through indexes. */
const expectIndexed = (label: string, sql: Prisma.Sql, searched = false) =>
  expectNoScan(label, sql, { tables: ["openings", "opening_search"], searched, termsIndex: "opening_search_terms_idx" });

const parsed = (qs: string) => {
  const r = parseOpeningQuery(new URLSearchParams(qs));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.query;
};

describe(`openings query plans at ${OPENINGS} openings`, () => {
  beforeAll(async () => {
    await resetCatalogue();
    await insertScaleOpenings(process.env.DATABASE_URL!, OPENINGS);
  }, 900_000);
  afterAll(resetCatalogue, 120_000);

  const lists: [string, string][] = [
    ["jobs, newest", ""],
    ["city + remote + salary + tier", "city=北京&workplace=remote&workplace=hybrid&salaryMin=20000&currency=CNY&period=month&tier=medium-to-high"],
    ["one role", "role=data-detective"],
    ["salary sort", "sort=salary&currency=USD"],
    ["posted within 7 days", "posted=7"],
    ["broad Chinese keyword", "q=数据"],
    ["broad English keyword", "q=engineer"],
    ["broad Latin keyword", "q=AI"],
    ["three-character Chinese word", "q=工程师"],
    ["one Latin letter", "q=a"],
    ["mixed keyword", "q=AI产品经理"],
    ["a far page", "page=200"],
  ];
  for (const [label, qs] of lists) {
    it(`${label}: list and facets use indexes`, async () => {
      const sql = listOpeningsSql(parsed(qs), NOW);
      await expectIndexed(`${label} (list)`, sql.items, sql.searched);
      await expectIndexed(`${label} (facets)`, sql.facets, sql.searched);
    });
  }

  it("keyset page, detail and a role's openings use indexes", async () => {
    const [row] = await testDb().$queryRaw<{ d: string; slug: string }[]>`
      SELECT to_char(date_posted, 'YYYY-MM-DD') AS d, slug FROM openings ORDER BY date_posted DESC, slug DESC OFFSET 3000 LIMIT 1`;
    const cursor = encodeOpeningCursor({ sort: "newest", key: [row!.d, row!.slug], page: 151 });
    await expectIndexed("keyset", listOpeningsSql(parsed(`cursor=${cursor}`), NOW).items);
    await expectIndexed("detail", publishedOpeningSql(row!.slug));
    await expectIndexed("role's openings", roleOpeningsSql("data-detective", 4, row!.slug, NOW));
  });
});
