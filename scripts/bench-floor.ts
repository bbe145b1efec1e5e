/**
 * The benchmark's floor: a bare node:http server answering GET /api/roles exactly as the app does — the same
 * zod contract (parseRoleQuery), the same SQL (listRolesSql) sent through plain `pg`, the same JSON — but with
 * no Next.js and no Prisma. Run by scripts/bench.mjs as
 *   node --conditions=react-server --import tsx scripts/bench-floor.ts <port>
 * (the react-server condition lets lib/roles/data.ts's `server-only` import load outside Next.js).
 */
import http from "node:http";
import pg from "pg";
import { encodeCursor } from "../lib/roles/cursor";
import { listRolesSql } from "../lib/roles/data";
import { HORIZON_VALUES, parseRoleQuery, TIER_VALUES } from "../lib/roles/query";

const port = Number(process.argv[2] ?? 3401);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 10_000 });

type Row = Record<string, unknown> & { slug: string; sortTitle: string; listedAt: Date; rank: number };

http
  .createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
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
      const [rows, facetRows] = await Promise.all([
        pool.query<Row>(sql.items.text, sql.items.values as unknown[]),
        pool.query<{ facet: "tier" | "horizon"; value: string; count: number }>(sql.facets.text, sql.facets.values as unknown[]),
      ]);
      const facets = {
        tier: Object.fromEntries(TIER_VALUES.map((v) => [v, 0])) as Record<string, number>,
        horizon: Object.fromEntries(HORIZON_VALUES.map((v) => [v, 0])) as Record<string, number>,
      };
      for (const r of facetRows.rows) facets[r.facet][r.value] = r.count;
      const tiers: readonly string[] = query.tier.length ? query.tier : TIER_VALUES;
      const total = tiers.reduce((s, t) => s + (facets.tier[t] ?? 0), 0);
      const page = rows.rows.slice(0, query.pageSize);
      const last = page.at(-1);
      const nextCursor =
        rows.rows.length > query.pageSize && last ? encodeCursor(sql.plan.cursorOf(last, query.page + 1)) : null;
      const items = page.map(({ slug, titleEn, titleZh, tier, horizon, summaryEn, summaryZh, listedAt }) => ({
        slug, titleEn, titleZh, tier, horizon, summaryEn, summaryZh, listedAt: listedAt.toISOString(),
      }));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ items, total, page: query.page, pageSize: query.pageSize, facets, nextCursor }));
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  })
  .listen(port, "127.0.0.1", () => console.log(`floor listening on ${port}`));
