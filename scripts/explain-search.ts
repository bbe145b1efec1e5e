/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of the roles list's two statements (page and facets) for each query string
 * given, exactly as the app builds them (listRolesSql), against DATABASE_URL. For profiling broad keywords after
 * `npm run db:seed:scale`; the output goes into docs/PERFORMANCE.md by hand. Run:
 *   node --conditions=react-server --import tsx scripts/explain-search.ts "q=数据" "q=数据分析"
 */
import pg from "pg";
import { listRolesSql } from "../lib/roles/data";
import { parseRoleQuery } from "../lib/roles/query";

/** Prisma.sql's text with $n placeholders and its values, as pg wants them. */
const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 10_000 });
await client.connect();
try {
  for (const qs of process.argv.slice(2)) {
    const parsed = parseRoleQuery(new URLSearchParams(qs));
    if (!parsed.ok) throw new Error(`${qs}: ${JSON.stringify(parsed.issues)}`);
    const sql = listRolesSql(parsed.query, { statuses: ["published"] });
    for (const [part, statement] of [["items", sql.items], ["facets", sql.facets]] as const) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
      console.log(`\n### ${qs} — ${part}\n`);
      console.log(rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
    }
  }
} finally {
  await client.end();
}
