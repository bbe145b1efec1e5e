// Query plans for the EXPLAIN tests, planned exactly as the app runs the statement: a statement that reads a search
// index (listRolesSql / listOpeningsSql `searched`) under the same planner settings as lib/search/sql.ts searchRead.
import { expect } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_PLANNER_SETTINGS } from "@/lib/search/sql";
import { testDb } from "./database";

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

type ExplainRow = { "QUERY PLAN": [{ Plan: PlanNode }] };

/** The plan's root node (EXPLAIN, FORMAT JSON; not run). */
export async function plan(sql: Prisma.Sql, searched = false): Promise<PlanNode> {
  const explain = testDb().$queryRaw<ExplainRow[]>`EXPLAIN (FORMAT JSON) ${sql}`;
  const rows = searched
    ? (await testDb().$transaction([testDb().$queryRaw(SEARCH_PLANNER_SETTINGS), explain]))[1]
    : await explain;
  const first = rows[0]?.["QUERY PLAN"][0]?.Plan;
  if (!first) throw new Error("no plan");
  return first;
}

/** Every node of a plan, depth first. */
export const nodes = (p: PlanNode): PlanNode[] => [p, ...(p.Plans ?? []).flatMap(nodes)];

/**
 * Asserts the plan reads none of `tables` by a sequential scan (nor the vocabulary, search_words), and returns the
 * names of the indexes it uses. With `searched`, it must find the rows through `termsIndex` (the search index's GIN
 * index: anything else computes the terms of every row it reads).
 */
export async function expectNoScan(
  label: string,
  sql: Prisma.Sql,
  { tables, searched = false, termsIndex }: { tables: readonly string[]; searched?: boolean; termsIndex: string },
): Promise<string[]> {
  const all = nodes(await plan(sql, searched));
  const scanned = all.filter((n) => n["Node Type"] === "Seq Scan" && [...tables, "search_words"].includes(n["Relation Name"] ?? ""));
  expect(scanned.map((n) => n["Relation Name"]), `${label}: sequential scan`).toEqual([]);
  const indexes = all.map((n) => n["Index Name"]).filter((n): n is string => !!n);
  expect(indexes.length, `${label}: no index used`).toBeGreaterThan(0);
  if (searched) expect(indexes, `${label}: the search index's terms are not used`).toContain(termsIndex);
  return indexes;
}
