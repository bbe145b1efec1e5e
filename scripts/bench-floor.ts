/**
 * The benchmark's floor: a bare node:http server answering GET /api/roles and GET /api/openings exactly as the app
 * does — the same zod contracts (parseRoleQuery, parseOpeningQuery), the same SQL (listRolesSql, listOpeningsSql)
 * sent through plain `pg`, the same JSON (shapeListResult, shapeOpeningList) — but with no Next.js and no Prisma; and,
 * given BENCH_FLOOR_HTML, the browse page's HTML bytes. Run by scripts/bench.mjs as
 *   node --conditions=react-server --import tsx scripts/bench-floor.ts <port>
 * (the react-server condition lets lib/roles/data.ts's `server-only` import load outside Next.js).
 */
import fs from "node:fs";
import http from "node:http";
import pg from "pg";
import { listOpeningsSql, type OpeningFacetRow, type OpeningListRow, shapeOpeningList } from "../lib/openings/data";
import { parseOpeningQuery } from "../lib/openings/query";
import { type FacetRow, type ListRow, listRolesSql, shapeListResult } from "../lib/roles/data";
import { parseRoleQuery } from "../lib/roles/query";
import { SEARCH_PLANNER_SETTINGS } from "../lib/search/sql";
import type { Prisma } from "../lib/generated/prisma/client";

/** One statement's rows; a searched one in a transaction under the app's planner settings, as searchRead does. */
async function read<T extends pg.QueryResultRow>(sql: Prisma.Sql, searched: boolean): Promise<T[]> {
  if (!searched) return (await pool.query<T>(sql.text, sql.values as unknown[])).rows;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(SEARCH_PLANNER_SETTINGS.text);
    const { rows } = await client.query<T>(sql.text, sql.values as unknown[]);
    await client.query("COMMIT");
    return rows;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

const port = Number(process.argv[2] ?? 3401);
// The cached-page comparison (scripts/bench.mjs): BENCH_FLOOR_HTML is a file holding the app's browse page as it was
// sent; GET BENCH_FLOOR_HTML_PATH answers those bytes from memory, the least any server can do for that page.
const html = process.env.BENCH_FLOOR_HTML ? fs.readFileSync(process.env.BENCH_FLOOR_HTML) : null;
const htmlPath = process.env.BENCH_FLOOR_HTML_PATH ?? "/en";
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 10_000 });

http
  .createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (html && url.pathname === htmlPath) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
        res.end(html);
        return;
      }
      if (url.pathname === "/api/openings") {
        const parsed = parseOpeningQuery(url.searchParams);
        if (!parsed.ok) {
          res.writeHead(400, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { status: 400, message: "Invalid query parameters", issues: parsed.issues } }));
          return;
        }
        const sql = listOpeningsSql(parsed.query, new Date());
        const [rows, facetRows] = await Promise.all([
          read<OpeningListRow>(sql.items, sql.searched),
          read<OpeningFacetRow>(sql.facets, sql.searched),
        ]);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(shapeOpeningList(parsed.query, sql.plan, rows, facetRows)));
        return;
      }
      if (url.pathname !== "/api/roles") {
        res.writeHead(404).end();
        return;
      }
      const parsed = parseRoleQuery(url.searchParams);
      if (!parsed.ok) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { status: 400, message: "Invalid query parameters", issues: parsed.issues } }));
        return;
      }
      const { query } = parsed;
      const sql = listRolesSql(query, { statuses: ["published"] });
      const [rows, facetRows] = await Promise.all([read<ListRow>(sql.items, sql.searched), read<FacetRow>(sql.facets, sql.searched)]);
      const body = JSON.stringify(shapeListResult(query, sql.plan, rows, facetRows));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  })
  .listen(port, "127.0.0.1", () => console.log(`floor listening on ${port}`));
