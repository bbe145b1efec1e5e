// `npm run lighthouse`: Lighthouse (the npm CLI, Chromium from CHROME_PATH or /usr/bin/chromium) on every public
// page of the production build in both locales, LIGHTHOUSE_RUNS times each (default 3), writing the median of each
// category score, the median run's Total Blocking Time and Largest Contentful Paint, and each page's first-load
// JavaScript (gzip) to docs/QUALITY.md.
// Needs `npm run build` first (the build is measured as it is; nothing is rebuilt). With DATABASE_URL it serves
// that database as it is; without, the embedded Postgres (migrated and seeded), as `npm start` does.
// Port: LIGHTHOUSE_PORT (default 3600). LIGHTHOUSE_ONLY: a regular expression on the page names, to measure a few
// pages while working (docs/QUALITY.md is then not written, so it always holds a complete table).
// Lighthouse's default profile: a mid-range phone (4× CPU slowdown) on a throttled (simulated 4G) connection.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { authEnv } from "./lib/auth-env.mjs";
import { node } from "./lib/run.mjs";
import { withDatabase } from "./lib/with-database.mjs";

/**
 * Every public page, as [name, path under the locale, expected HTTP status]. `{job}` is replaced by the first
 * opening the API lists (the seed has none: `npm run db:seed:scale -- --roles 0 --openings 50` adds some); without
 * one the job page is reported as not measured. The alerts pages are measured without a token (they show their
 * error); the subscribe form itself is on the jobs page.
 */
const PAGES = [
  ["Browse", "", 200],
  ["Browse, filtered + searched", "?tier=medium-to-high&q={q}", 200],
  ["Role page", "/roles/data-detective", 200],
  ["Jobs (with the alert form)", "/jobs", 200],
  ["Job page", "/jobs/{job}", 200],
  ["Insights", "/insights", 200],
  ["Compare", "/compare?roles=data-detective&roles=walker-talker", 200],
  ["Saved", "/saved", 200],
  ["About the axes", "/about/axes", 200],
  ["Alerts: confirm (no token)", "/alerts/confirm", 200],
  ["Alerts: manage (no token)", "/alerts/manage", 200],
  ["Alerts: unsubscribe (no token)", "/alerts/unsubscribe", 200],
  ["Not found (404)", "/no-such-page", 404],
  ["Sign-in", "/sign-in", 200],
];
const LOCALES = ["en", "zh"];
const KEYWORD = { en: "data", zh: "数据" };
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const OUT = path.resolve(".test-output/lighthouse");
const port = process.env.LIGHTHOUSE_PORT ?? "3600";
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const only = process.env.LIGHTHOUSE_ONLY ? new RegExp(process.env.LIGHTHOUSE_ONLY, "i") : null;

if (!Number.isInteger(runs) || runs < 1 || runs > 15) {
  console.error("[lighthouse] LIGHTHOUSE_RUNS must be a whole number from 1 to 15");
  process.exit(2);
}
if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("[lighthouse] no production build: run `npm run build` first");
  process.exit(1);
}
if (!fs.existsSync(chrome)) {
  console.error(`[lighthouse] no Chromium at ${chrome}: set CHROME_PATH`);
  process.exit(1);
}
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

// Lighthouse's simulated throttling scales the tasks it observed, so other work on the machine inflates TBT: the
// load average at the start and the end is written beside the results.
const loadAtStart = os.loadavg()[0];
// Without a font that covers Chinese, Chromium searches every installed font for each Chinese character: the first
// layout of a /zh page took 287 ms instead of 156 ms (4× CPU), which Lighthouse counts. Real phones have one; this
// machine gets one from Debian's fonts-noto-cjk. Checked (fontconfig's fc-list) and written beside the results.
const cjkFonts = (() => {
  const r = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n").filter(Boolean).length : null;
})();
if (!cjkFonts) {
  console.warn("[lighthouse] no font for Chinese is installed (fc-list :lang=zh): the zh pages will score lower than on a phone; install one with `apt-get install -y fonts-noto-cjk`");
}
const db = await withDatabase({ prepareExternal: false });
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "ignore",
  env: { ...process.env, ...db.env, ...authEnv({ persist: false }), NEXT_TELEMETRY_DISABLED: "1" },
});
const base = `http://localhost:${port}`;

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/roles?pageSize=1`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer within 60 s");
}

const gzipCache = new Map();
/**
 * The JavaScript a first visit to `url` loads before it can hydrate: the `<script src>` files of the server HTML,
 * gzip level 9 (`next start` compresses similarly). `gzipKiB` leaves out the `noModule` polyfills, which browsers
 * with ES modules (every browser Lighthouse or a reader runs) neither download nor run; `allGzipKiB` counts every
 * file, as scripts/bench.mjs does. Returns { status, files, gzipKiB, allGzipKiB }.
 */
async function firstLoadJs(url) {
  const res = await fetch(url);
  const html = await res.text();
  const tags = new Map();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)) tags.set(m[1], /\snomodule/i.test(m[0]));
  let gz = 0;
  let all = 0;
  for (const [src, noModule] of tags) {
    if (!gzipCache.has(src)) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      gzipCache.set(src, zlib.gzipSync(body, { level: 9 }).length);
    }
    all += gzipCache.get(src);
    if (!noModule) gz += gzipCache.get(src);
  }
  const kib = (n) => +(n / 1024).toFixed(1);
  return { status: res.status, files: tags.size, gzipKiB: kib(gz), allGzipKiB: kib(all) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

/** One Lighthouse run on `url`; the parsed report, or null when Lighthouse failed. */
async function lighthouse(url, file, { ignoreStatus }) {
  const code = await node(
    [
      "node_modules/lighthouse/cli/index.js",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${file}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      // The 404 page is meant to answer 404; Lighthouse refuses to audit an error status unless told.
      ...(ignoreStatus ? ["--ignore-status-code"] : []),
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking",
    ],
    { CHROME_PATH: chrome },
  );
  if (code !== 0) return null;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return report.runtimeError ? null : report;
}

const rows = [];
const skipped = [];
let failed = false;
let version = "?";
try {
  await waitForServer();
  const job = (await (await fetch(`${base}/api/openings?pageSize=1`)).json()).items?.[0]?.slug;
  for (const [pageName, pagePath, expected] of PAGES) {
    for (const locale of LOCALES) {
      const name = `${pageName} (${locale})`;
      if (only && !only.test(name)) continue;
      if (pagePath.includes("{job}") && !job) {
        skipped.push(`${name}: no opening in the database`);
        continue;
      }
      const url = `/${locale}${pagePath.replace("{job}", job ?? "").replace("{q}", encodeURIComponent(KEYWORD[locale]))}`;
      const js = await firstLoadJs(`${base}${url}`);
      if (js.status !== expected) {
        failed = true;
        console.error(`[lighthouse] ${name}: ${url} answered ${js.status}, expected ${expected}`);
        continue;
      }
      const reports = [];
      for (let i = 1; i <= runs; i++) {
        const file = path.join(OUT, `${name.replace(/\W+/g, "-").toLowerCase()}-${i}.json`);
        console.log(`[lighthouse] ${name} run ${i}/${runs}: ${base}${url}`);
        // Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART): one more try.
        const report =
          (await lighthouse(`${base}${url}`, file, { ignoreStatus: expected !== 200 })) ??
          (await lighthouse(`${base}${url}`, file, { ignoreStatus: expected !== 200 }));
        if (!report) {
          failed = true;
          console.error(`[lighthouse] ${name} run ${i} failed`);
          continue;
        }
        version = report.lighthouseVersion;
        reports.push(report);
      }
      if (!reports.length) continue;
      const score = (r, c) => Math.round((r.categories[c]?.score ?? 0) * 100);
      const scores = CATEGORIES.map((c) => median(reports.map((r) => score(r, c))));
      const perfRuns = reports.map((r) => score(r, "performance"));
      // The run whose performance score is the median one: its timings and its failing audits are shown.
      const mid = [...reports].sort((a, b) => score(a, "performance") - score(b, "performance"))[Math.floor((reports.length - 1) / 2)];
      const below = CATEGORIES.flatMap((c) =>
        mid.categories[c].auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => mid.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 0.9)
          .map((a) => `${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`),
      );
      const ms = (id) => Math.round(mid.audits[id]?.numericValue ?? NaN);
      rows.push({ name, url, scores, perfRuns, tbt: ms("total-blocking-time"), lcp: ms("largest-contentful-paint"), js, below });
      // Kept up to date after each page, so an interrupted run still leaves what it measured.
      fs.writeFileSync(path.join(OUT, "summary.json"), JSON.stringify({ runs, rows, skipped }, null, 2));
      console.log(`[lighthouse] ${name}: ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join(", ")} (performance runs ${perfRuns.join(", ")}); first-load JS ${js.gzipKiB} KiB gzip (${js.allGzipKiB} with the noModule polyfills)`);
    }
  }
} finally {
  server.kill("SIGTERM");
  await db.stop();
}

fs.writeFileSync(path.join(OUT, "summary.json"), JSON.stringify({ runs, rows, skipped }, null, 2));
if (only) {
  console.log("[lighthouse] LIGHTHOUSE_ONLY set: docs/QUALITY.md left as it is; summary in .test-output/lighthouse/summary.json");
  process.exit(failed ? 1 : 0);
}

const today = new Date().toISOString().slice(0, 10);
const lowest = rows.length ? Math.min(...rows.map((r) => r.scores[0])) : NaN;
const lines = [
  "# Quality: Lighthouse scores",
  "",
  `Written by \`npm run lighthouse\` (scripts/lighthouse.mjs) on ${today}: Lighthouse ${version} (npm CLI), Chromium`,
  "headless, default mobile profile (simulated throttling: 4× CPU slowdown, slow 4G), against `next start` with the",
  `database it was given. Each page ran ${runs} time(s); every score is the median of its runs, and TBT/LCP are those of`,
  "the run with the median performance score. First-load JS: the `<script src>` files of the server HTML, gzip -9,",
  "without the `noModule` polyfills (no modern browser loads them); in brackets with them, as scripts/bench.mjs counts.",
  "",
  `Machine: ${os.cpus().length} CPU(s); 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`,
  "(above the CPU count, other work competed with the browser and the scores are pessimistic).",
  cjkFonts
    ? `Fonts covering Chinese (fc-list :lang=zh): ${cjkFonts}.`
    : "No font covering Chinese was installed (fc-list :lang=zh): the zh pages are laid out with font fallback searches and score lower than on a phone (`apt-get install -y fonts-noto-cjk`).",
  "",
  `Lowest median performance: **${lowest}**; pages below 95: ${rows.filter((r) => r.scores[0] < 95).length} of ${rows.length}.`,
  "",
  "| page | URL | performance (runs) | accessibility | best practices | SEO | TBT ms | LCP ms | first-load JS KiB gzip |",
  "|---|---|---|---|---|---|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.name} | \`${r.url}\` | ${r.scores[0]} (${r.perfRuns.join(", ")}) | ${r.scores.slice(1).join(" | ")} | ${r.tbt} | ${r.lcp} | ${r.js.gzipKiB} (${r.js.allGzipKiB}) |`,
  ),
  ...(skipped.length ? ["", "Not measured:", "", ...skipped.map((s) => `- ${s}`)] : []),
  "",
  "## Audits below 90 that count towards a score (median run)",
  "",
  ...(rows.some((r) => r.below.length)
    ? rows.flatMap((r) => (r.below.length ? [`- ${r.name}:`, ...r.below.map((b) => `  - ${b}`)] : []))
    : ["None."]),
  "",
];
const notes = path.resolve("docs/QUALITY-notes.md");
if (fs.existsSync(notes)) lines.push(fs.readFileSync(notes, "utf8").trim(), "");
fs.writeFileSync("docs/QUALITY.md", lines.join("\n"));
console.log("[lighthouse] wrote docs/QUALITY.md");
process.exit(failed ? 1 : 0);
