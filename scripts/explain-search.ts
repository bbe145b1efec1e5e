/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of the roles list's or the jobs list's two statements (page and facets) for
 * each query string given, exactly as the app builds them (listRolesSql, listOpeningsSql) and under the planner
 * settings the app runs them with (searchRead), against DATABASE_URL. A query string starting with `jobs:` is a
 * jobs query. For profiling after `npm run db:seed:scale`; the output goes into docs/SEARCH-PROFILE.md by hand:
 *   node --conditions=react-server --import tsx scripts/explain-search.ts "q=数据" "jobs:q=AI"
 */
import pg from "pg";
import { listOpeningsSql } from "../lib/openings/data";
import { parseOpeningQuery } from "../lib/openings/query";
import { listRolesSql } from "../lib/roles/data";
import { parseRoleQuery } from "../lib/roles/query";
import { SEARCH_PLANNER_SETTINGS } from "../lib/search/sql";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 10_000 });
await client.connect();
try {
  for (const arg of process.argv.slice(2)) {
    const jobs = arg.startsWith("jobs:");
    const qs = jobs ? arg.slice(5) : arg;
    const parsed = jobs ? parseOpeningQuery(new URLSearchParams(qs)) : parseRoleQuery(new URLSearchParams(qs));
    if (!parsed.ok) throw new Error(`${arg}: ${JSON.stringify(parsed.issues)}`);
    const sql = jobs
      ? listOpeningsSql(parsed.query as Parameters<typeof listOpeningsSql>[0], new Date())
      : listRolesSql(parsed.query as Parameters<typeof listRolesSql>[0], { statuses: ["published"] });
    for (const [part, statement] of [["items", sql.items], ["facets", sql.facets]] as const) {
      await client.query("BEGIN");
      if (sql.searched) await client.query(SEARCH_PLANNER_SETTINGS.text);
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
      await client.query("ROLLBACK");
      console.log(`\n### ${arg} — ${part}\n`);
      console.log(rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
    }
  }
} finally {
  await client.end();
}
