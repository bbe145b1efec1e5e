// `npm run bench`: load test of the production build at catalogue scale, beside a bare floor server.
//   1. Database: BENCH_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/atlas_bench (created if missing);
//      migrated, filled to BENCH_ROLES synthetic roles (default 100000; idempotent) plus the article's roles, and
//      BENCH_OPENINGS synthetic openings (default 100000; added only when fewer are there).
//   2. `next build` unless a build exists (BENCH_BUILD=1 forces one), then the production server (scripts/server.mjs,
//      what `npm start` runs; MAX_CONCURRENT_REQUESTS from the environment) on BENCH_APP_PORT (3400) and
//      the floor (scripts/bench-floor.ts) on BENCH_FLOOR_PORT (3401). The app caches its public reads ("use cache",
//      lib/cache/policy.ts: in memory, or in Redis when REDIS_URL is set), so every scenario after its warm-up
//      measures warm cache entries.
//   3. autocannon, BENCH_SECONDS (default 10) per run, at 1 and 10 connections, for each scenario; peak RSS of
//      both servers from /proc (VmHWM); first-load JavaScript of the browse page, gzip.
//   4. Cached browse page: the app's /en at 10 connections against the floor sending the very same HTML bytes
//      (targets: ≥ 30% of the floor's req/s, p95 ≤ 20 ms), and the same page from a second app instance with
//      PUBLIC_CACHE=off (on BENCH_APP_PORT + 2) for what the cache buys.
//   5. Load: BENCH_LOAD_CONNECTIONS (200) connections for BENCH_LOAD_SECONDS (60) on each of the browse page, a role
//      page, /api/roles and the jobs page; errors, timeouts (10 s) and non-2xx answers (target 0), and the app's
//      peak memory (VmHWM) after it.
//   6. Writes BENCH_REPORT (default docs/PERFORMANCE.md) and prints it. BENCH_PARTS (default
//      "scenarios,cache,load") picks the sections to run.
import "dotenv/config";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { node, step } from "./lib/run.mjs";

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3400);
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 3401);
const UNCACHED_PORT = APP_PORT + 2;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 200);
const PARTS = new Set((process.env.BENCH_PARTS ?? "scenarios,cache,load").split(",").map((p) => p.trim()));
const REPORT = process.env.BENCH_REPORT ?? "docs/PERFORMANCE.md";
/** Which cache the app under test uses (lib/cache/handler.mjs decides the same way). */
const CACHE_MODE = process.env.PUBLIC_CACHE === "off" ? "off" : process.env.REDIS_URL ? "Redis" : "in-memory";
/** The page the cached-page and load sections use, and the other paths of the load section. */
const BROWSE = "/en";
const LOAD_PATHS = [
  ["browse page", BROWSE],
  ["role page", "/en/roles/data-detective"],
  ["API /api/roles", "/api/roles"],
  ["jobs page", "/en/jobs"],
];
const ROLES = Number(process.env.BENCH_ROLES ?? 100_000);
const OPENINGS = Number(process.env.BENCH_OPENINGS ?? 100_000);
const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/atlas_bench";
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");
const env = { DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", ALERTS_WORKER: "off" };

async function ensureDatabase() {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  await admin.end();
  await step("migrate", node(["scripts/db-migrate.mjs", "deploy"], env));
  await step("scale seed", node([TSX, "prisma/seed-scale.ts", "--roles", String(ROLES)], env));
  await step("seed", node([TSX, "prisma/seed.ts"], env));
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const have = (await c.query("SELECT count(*)::int AS n FROM openings WHERE slug LIKE 'scale-opening-%'")).rows[0].n;
  if (have < OPENINGS) await step("scale seed (openings)", node([TSX, "prisma/seed-scale.ts", "--roles", "0", "--openings", String(OPENINGS)], env));
  const { rows } = await c.query("SELECT status::text, count(*)::int AS n FROM roles GROUP BY 1 ORDER BY 1");
  const openings = (await c.query("SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'published' AND deleted_at IS NULL AND expires_at > now())::int AS current FROM openings")).rows[0];
  await c.end();
  return { roles: rows, openings };
}

function startServer(cmd, args, port, readyPath, extraEnv = {}) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env, ...extraEnv, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
  child.stdout.on("data", () => {});
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        const r = await fetch(`http://127.0.0.1:${port}${readyPath}`);
        if (r.ok) return resolve(child);
      } catch {}
      if (Date.now() > deadline) return reject(new Error(`server on ${port} did not start`));
      setTimeout(poll, 300);
    };
    poll();
  });
}

/** Peak resident memory (VmHWM) of a process, in MiB. */
function peakRss(pid) {
  const m = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/);
  return m ? Math.round(Number(m[1]) / 1024) : null;
}

function run(target, connections, duration = SECONDS) {
  return new Promise((resolve, reject) => {
    autocannon({ url: target, connections, duration, pipelining: 1, timeout: 10 }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

/** One autocannon result as the report's figures (ms, req/s, counts). */
function figures(r) {
  return {
    p50: r.latency.p50, p95: percentile(r, 95), p99: r.latency.p99, rps: Math.round(r.requests.average),
    requests: r.requests.total, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx,
  };
}

/**
 * The cached browse page against the floor sending its exact bytes, and against an instance without the cache, all
 * at 10 connections for BENCH_SECONDS after a warm-up.
 */
async function cachedPage(floorPort) {
  const out = {};
  for (const [who, port] of [["app", APP_PORT], ["uncached", UNCACHED_PORT], ["floor", floorPort]]) {
    const target = `http://127.0.0.1:${port}${BROWSE}`;
    await run(target, 2, 1).catch(() => {});
    out[who] = figures(await run(target, 10));
    console.log(`[bench] cached page: ${who} ${BROWSE} c=10: p50 ${out[who].p50} ms, p95 ${out[who].p95} ms, ${out[who].rps} req/s`);
  }
  return out;
}

/**
 * Waits (up to 60 s) until the app answers a queued request within 500 ms: requests a finished run left behind
 * (still queued or rendering) must not count against the next run.
 */
async function settle() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t = Date.now();
    await fetch(`http://127.0.0.1:${APP_PORT}/api/roles?pageSize=1`).catch(() => {});
    if (Date.now() - t < 500) return;
  }
}

/** LOAD_CONNECTIONS connections for LOAD_SECONDS on each load path, one after another (each warmed up first). */
async function load() {
  const out = [];
  for (const [name, p] of LOAD_PATHS) {
    await settle();
    const target = `http://127.0.0.1:${APP_PORT}${p}`;
    await run(target, 2, 1).catch(() => {});
    const f = figures(await run(target, LOAD_CONNECTIONS, LOAD_SECONDS));
    out.push({ name, path: p, ...f });
    console.log(`[bench] load ${name} ${p} c=${LOAD_CONNECTIONS} ${LOAD_SECONDS} s: ${f.requests} requests, p50 ${f.p50} ms, p99 ${f.p99} ms, errors ${f.errors}, timeouts ${f.timeouts}, non-2xx ${f.non2xx}`);
  }
  return out;
}

async function firstLoadJs(base) {
  const html = await (await fetch(`${base}/en`)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gz += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, rawKiB: +(raw / 1024).toFixed(1), gzipKiB: +(gz / 1024).toFixed(1) };
}

const enc = encodeURIComponent;
// Every scenario names the API query whose `total` says how many rows it matches (printed and reported), and the
// broadest keywords people type are included (数据, 分析, AI, engineer, one Latin letter), not only narrow ones.
const SCENARIOS = [
  // Pages live under a locale (`/` itself is a redirect); Chinese pages for the Chinese search.
  { name: "browse page, unfiltered", path: "/en", count: "/api/roles" },
  { name: "browse page, tier + horizon", path: "/en?tier=medium-to-high&horizon=5-year", count: "/api/roles?tier=medium-to-high&horizon=5-year" },
  { name: "browse page, English search", path: "/en?q=detective", count: "/api/roles?q=detective" },
  { name: "browse page, Chinese search", path: `/zh?q=${enc("数据侦探")}`, count: `/api/roles?q=${enc("数据侦探")}` },
  { name: "browse page, broad Chinese keyword", path: `/zh?q=${enc("数据")}`, count: `/api/roles?q=${enc("数据")}` },
  { name: "browse page, broad keyword AI", path: "/en?q=AI", count: "/api/roles?q=AI" },
  { name: "role detail page", path: "/zh/roles/data-detective" },
  { name: "API, unfiltered", path: "/api/roles", floor: true },
  { name: "API, tier + horizon", path: "/api/roles?tier=medium-to-high&horizon=5-year", floor: true },
  { name: "API, English search", path: "/api/roles?q=detective", floor: true },
  { name: "API, Chinese search", path: `/api/roles?q=${enc("数据侦探")}`, floor: true },
  { name: "API, filtered + searched", path: `/api/roles?tier=medium-to-high&horizon=5-year&q=${enc("侦探")}`, floor: true },
  { name: "API, broad keyword 数据", path: `/api/roles?tier=medium-to-high&horizon=5-year&q=${enc("数据")}`, floor: true },
  { name: "API, broad keyword 分析", path: `/api/roles?q=${enc("分析")}`, floor: true },
  { name: "API, broad keyword AI", path: "/api/roles?q=AI", floor: true },
  { name: "API, broad keyword engineer", path: "/api/roles?q=engineer&tier=low-to-medium", floor: true },
  { name: "API, one Latin letter", path: "/api/roles?q=a", floor: true },
  { name: "API, Chinese typed without spaces 数据分析", path: `/api/roles?q=${enc("数据分析")}`, floor: true },
  { name: "API, three-character Chinese word 工程师", path: `/api/roles?q=${enc("工程师")}`, floor: true },
  { name: "API, broad keyword 数据 by title", path: `/api/roles?q=${enc("数据")}&sort=title`, floor: true },
  // No floor: the app retries with the corrected spelling (a second search), the floor runs the SQL once.
  { name: "API, typo corrected (detectve)", path: "/api/roles?q=detectve" },
  { name: "jobs page, unfiltered", path: "/en/jobs", count: "/api/openings" },
  { name: "jobs page, city + remote + salary", path: `/zh/jobs?city=${enc("北京")}&workplace=remote&workplace=hybrid&salaryMin=15000&currency=CNY&period=month`, count: `/api/openings?city=${enc("北京")}&workplace=remote&workplace=hybrid&salaryMin=15000&currency=CNY&period=month` },
  { name: "jobs page, broad keyword 数据", path: `/zh/jobs?q=${enc("数据")}`, count: `/api/openings?q=${enc("数据")}` },
  { name: "opening detail page", path: "/en/jobs/scale-opening-42-1" },
  { name: "API openings, unfiltered", path: "/api/openings", floor: true },
  { name: "API openings, city + remote + salary", path: `/api/openings?city=${enc("北京")}&workplace=remote&workplace=hybrid&salaryMin=15000&currency=CNY&period=month`, floor: true },
  { name: "API openings, broad keyword 数据", path: `/api/openings?q=${enc("数据")}`, floor: true },
  { name: "API openings, broad keyword engineer", path: "/api/openings?q=engineer", floor: true },
  { name: "API openings, broad keyword AI", path: "/api/openings?q=AI", floor: true },
  { name: "API openings, one Latin letter", path: "/api/openings?q=a", floor: true },
  { name: "API openings, highest salary in USD", path: "/api/openings?sort=salary&currency=USD", floor: true },
];

/** How many rows a scenario matches: the `total` of its API query (the scenario's own path for API scenarios). */
async function matches(s) {
  const api = s.count ?? (s.path.startsWith("/api/") ? s.path : null);
  if (!api) return null;
  const body = await (await fetch(`http://127.0.0.1:${APP_PORT}${api}`)).json();
  return typeof body.total === "number" ? body.total : null;
}

async function main() {
  const t0 = Date.now();
  console.log(`[bench] database ${url.replace(/:[^:@/]*@/, ":***@")}`);
  const counts = await ensureDatabase();
  if (process.env.BENCH_BUILD === "1" || !fs.existsSync(".next/BUILD_ID")) {
    await step("next build", node(["node_modules/next/dist/bin/next", "build"], env));
  }
  // The production server as `npm start` runs it (scripts/server.mjs: request log, admission queue), without the
  // alerts' queue workers (they would write pg-boss's schema into the bench database).
  const nextStart = (port) => [process.execPath, ["scripts/server.mjs"], port, "/api/roles?pageSize=1"];
  const app = await startServer(...nextStart(APP_PORT));
  // The floor serves the browse page's HTML exactly as the app sent it (same bytes; the nonce inside is stale,
  // which a load tool does not notice).
  const htmlFile = path.resolve(".test-output/bench-browse.html");
  fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
  fs.writeFileSync(htmlFile, Buffer.from(await (await fetch(`http://127.0.0.1:${APP_PORT}${BROWSE}`)).arrayBuffer()));
  const floor = await startServer(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-floor.ts", String(FLOOR_PORT)], FLOOR_PORT, "/api/roles?pageSize=1", { BENCH_FLOOR_HTML: htmlFile, BENCH_FLOOR_HTML_PATH: BROWSE });
  const uncached = PARTS.has("cache") ? await startServer(...nextStart(UNCACHED_PORT), { PUBLIC_CACHE: "off" }) : null;
  const results = [];
  let page = null;
  let loaded = null;
  try {
    for (const s of PARTS.has("scenarios") ? SCENARIOS : []) {
      for (const c of [1, 10]) {
        const targets = [["app", APP_PORT], ...(s.floor ? [["floor", FLOOR_PORT]] : [])];
        const row = { scenario: s.name, path: s.path, connections: c, matches: await matches(s) };
        for (const [who, port] of targets) {
          const target = `http://127.0.0.1:${port}${s.path}`;
          await run(target, c > 1 ? 2 : 1).catch(() => {}); // warm-up (1 s of requests is enough for caches)
          const r = await run(target, c);
          row[who] = {
            p50: r.latency.p50, p95: r.latency.p97_5 !== undefined ? percentile(r, 95) : null, p99: r.latency.p99,
            rps: Math.round(r.requests.average), errors: r.errors + r.non2xx + r.timeouts, requests: r.requests.total,
          };
          console.log(`[bench] ${who.padEnd(5)} c=${String(c).padStart(2)} ${s.name} (${row.matches ?? "–"} rows): p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${Math.round(r.requests.average)} req/s, errors ${r.errors + r.non2xx}`);
        }
        results.push(row);
      }
    }
    if (uncached) {
      page = await cachedPage(FLOOR_PORT);
      page.bytes = fs.statSync(htmlFile).size;
    }
    const beforeLoad = peakRss(app.pid);
    if (PARTS.has("load")) loaded = { paths: await load(), rssBefore: beforeLoad, rssAfter: peakRss(app.pid) };
    const js = await firstLoadJs(`http://127.0.0.1:${APP_PORT}`);
    const rss = { app: peakRss(app.pid), floor: peakRss(floor.pid) };
    fs.mkdirSync(path.dirname(path.resolve(REPORT)), { recursive: true });
    const report = renderReport({ results, js, rss, counts, page, loaded, minutes: ((Date.now() - t0) / 60000).toFixed(1) });
    fs.writeFileSync(REPORT, report);
    console.log(report);
  } finally {
    app.kill("SIGTERM");
    floor.kill("SIGTERM");
    uncached?.kill("SIGTERM");
  }
}

/**
 * autocannon reports p50, p90, p97.5 and p99 but no p95; interpolate it between p90 and p97.5 (linear in the
 * percentile), which is within a millisecond of the true value at these request counts.
 */
function percentile(r, p) {
  const { p90, p97_5 } = r.latency;
  return +(p90 + ((p - 90) / 7.5) * (p97_5 - p90)).toFixed(1);
}

function renderReport({ results, js, rss, counts, page, loaded, minutes }) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [];
  lines.push("# Performance", "");
  lines.push(`Measured by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}; the run took ${minutes} min.`, "");
  lines.push("## Machine and dataset", "");
  lines.push(`- ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`);
  lines.push(`- PostgreSQL at ${new URL(url).host} (database \`${new URL(url).pathname.slice(1)}\`), roles by status: ${counts.roles.map((r) => `${r.status} ${r.n}`).join(", ")}; openings: ${counts.openings.n} (${counts.openings.current} current)`);
  lines.push(`- autocannon, ${SECONDS} s per run after a warm-up, client in the same machine; app = \`scripts/server.mjs\` (what \`npm start\` runs: the production build behind node:http, admission queue of ${process.env.MAX_CONCURRENT_REQUESTS ?? 16}), floor = bare \`node:http\` + \`pg\` with the same contract, SQL and JSON (scripts/bench-floor.ts)`);
  lines.push(
    CACHE_MODE === "off"
      ? "- the app's cache of public reads: off (PUBLIC_CACHE=off, lib/cache/handler.mjs): every request reads the database. Next still joins concurrent calls of one cached function with the same arguments to one in-flight read (its cross-request deduplication), so at 10 connections on one repeated URL the app makes fewer database reads than it answers requests, and the floor (no such join) runs every one: its 10-connection rows are what 10 different concurrent searches cost the database"
      : `- the app's cache of public reads: ${CACHE_MODE} (lib/cache/handler.mjs); after the warm-up every scenario reads warm entries, so the rows below measure cached data with the page rendered per request`,
  );
  lines.push("");
  lines.push("## Results", "");
  lines.push("| scenario | rows matched | conn. | app p50 / p95 / p99 (ms) | app req/s | floor p50 / p95 / p99 (ms) | floor req/s | app/floor throughput | errors |");
  lines.push("|---|---:|---:|---|---:|---|---:|---:|---:|");
  for (const r of results) {
    const f = r.floor;
    const ratio = f ? (r.app.rps / f.rps).toFixed(2) : "";
    // autocannon reports 0 ms when no request completed within the run: say so instead of printing a fast 0.
    const lat = (x) => (x.requests === 0 ? `no reply within ${SECONDS} s` : `${x.p50} / ${x.p95} / ${x.p99}`);
    const ratio2 = f && f.requests > 0 && r.app.requests > 0 ? ratio : f ? "–" : "";
    lines.push(`| ${r.scenario} | ${r.matches ?? "–"} | ${r.connections} | ${lat(r.app)} | ${r.app.rps} | ${f ? lat(f) : ""} | ${f ? f.rps : ""} | ${ratio2} | ${r.app.errors + (f?.errors ?? 0)} |`);
  }
  lines.push("");
  if (page) {
    const ratio = page.floor.rps ? page.app.rps / page.floor.rps : 0;
    const verdict = (ok) => (ok ? "met" : "**missed**");
    lines.push("## Cached browse page against the bare floor", "");
    lines.push(`\`${BROWSE}\` at 10 connections, ${SECONDS} s after a warm-up. The floor sends the same ${(page.bytes / 1024).toFixed(1)} KiB of HTML from memory; "uncached" is a second instance with PUBLIC_CACHE=off.`, "");
    lines.push("| server | p50 / p95 / p99 (ms) | req/s | errors |", "|---|---|---:|---:|");
    for (const [who, label] of [["app", `app (cache ${CACHE_MODE})`], ["uncached", "app, PUBLIC_CACHE=off"], ["floor", "floor (same bytes)"]]) {
      const x = page[who];
      lines.push(`| ${label} | ${x.p50} / ${x.p95} / ${x.p99} | ${x.rps} | ${x.errors + x.non2xx} |`);
    }
    lines.push("");
    lines.push(`Cached app / floor: **${(ratio * 100).toFixed(1)}%** of the floor's requests/s (target ≥ 30%: ${verdict(ratio >= 0.3)}); app p95 **${page.app.p95} ms** (target ≤ 20 ms: ${verdict(page.app.p95 <= 20)}). The cache holds the page's data; its HTML is still rendered on every request, because each page carries its own CSP nonce (proxy.ts), so what remains is React's render of the page.`, "");
  }
  if (loaded) {
    lines.push(`## Load: ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s`, "");
    lines.push("Each path on its own, one after another, after a short warm-up; a request unanswered after 10 s is a timeout.", "");
    lines.push("| path | requests | req/s | p50 / p95 / p99 (ms) | errors | timeouts | non-2xx |", "|---|---:|---:|---|---:|---:|---:|");
    for (const x of loaded.paths) lines.push(`| ${x.name} \`${x.path}\` | ${x.requests} | ${x.rps} | ${x.p50} / ${x.p95} / ${x.p99} | ${x.errors} | ${x.timeouts} | ${x.non2xx} |`);
    const bad = loaded.paths.reduce((n, x) => n + x.errors + x.timeouts + x.non2xx, 0);
    lines.push("");
    lines.push(`Errors + timeouts + non-2xx: **${bad}** (target 0). App server peak memory (VmHWM): ${loaded.rssBefore} MiB before the load, **${loaded.rssAfter} MiB** after it.`, "");
  }
  lines.push(`Peak RSS: app server ${rss.app} MiB, floor ${rss.floor} MiB.`, "");
  lines.push(`First-load JavaScript of the browse page: ${js.files} files, ${js.rawKiB} KiB raw, **${js.gzipKiB} KiB gzip**.`, "");
  return `${lines.join("\n")}\n`;
}

main().catch((err) => {
  console.error(`[bench] ${err.message}`);
  process.exit(1);
});
