// `npm run lighthouse`: Lighthouse (the npm CLI, Chromium from CHROME_PATH or /usr/bin/chromium) on the browse
// page and a role page of the production build, in both locales, writing the four category scores to docs/QUALITY.md.
// Needs `npm run build` first. With DATABASE_URL it serves that database as it is; without, the embedded Postgres
// (migrated and seeded), as `npm start` does. Port: LIGHTHOUSE_PORT (default 3600).
// Lighthouse's default profile: a mid-range phone on a throttled (simulated 4G) connection.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { authEnv } from "./lib/auth-env.mjs";
import { node } from "./lib/run.mjs";
import { withDatabase } from "./lib/with-database.mjs";

const PAGES = [
  ["Browse (en)", "/en"],
  ["Browse (zh)", "/zh"],
  ["Role page (en)", "/en/roles/data-detective"],
  ["Role page (zh)", "/zh/roles/data-detective"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const OUT = path.resolve(".test-output/lighthouse");
const port = process.env.LIGHTHOUSE_PORT ?? "3600";
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";

if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("[lighthouse] no production build: run `npm run build` first");
  process.exit(1);
}
if (!fs.existsSync(chrome)) {
  console.error(`[lighthouse] no Chromium at ${chrome}: set CHROME_PATH`);
  process.exit(1);
}
fs.mkdirSync(OUT, { recursive: true });

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

const rows = [];
let failed = false;
try {
  await waitForServer();
  for (const [name, url] of PAGES) {
    const file = path.join(OUT, `${name.replace(/\W+/g, "-").toLowerCase()}.json`);
    console.log(`[lighthouse] ${name}: ${base}${url}`);
    const code = await node(
      [
        "node_modules/lighthouse/cli/index.js",
        `${base}${url}`,
        "--quiet",
        "--output=json",
        `--output-path=${file}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking",
      ],
      { CHROME_PATH: chrome },
    );
    if (code !== 0) {
      failed = true;
      console.error(`[lighthouse] ${name} failed (exit ${code})`);
      continue;
    }
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    // Audits that count towards a score (weight > 0) and scored below 0.9: what stands in the way.
    const below = CATEGORIES.flatMap((c) =>
      report.categories[c].auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => report.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 0.9)
        .map((a) => `${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`),
    );
    rows.push({ name, url, scores, below, version: report.lighthouseVersion });
    console.log(`[lighthouse] ${name}: ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join(", ")}`);
  }
} finally {
  server.kill("SIGTERM");
  await db.stop();
}

const today = new Date().toISOString().slice(0, 10);
const lines = [
  "# Quality: Lighthouse scores",
  "",
  `Written by \`npm run lighthouse\` (scripts/lighthouse.mjs) on ${today}: Lighthouse ${rows[0]?.version ?? "?"} (npm CLI),`,
  "Chromium headless, default mobile profile (simulated throttling), against `next start` with the seed catalogue.",
  "",
  "| page | URL | performance | accessibility | best practices | SEO |",
  "|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.name} | \`${r.url}\` | ${r.scores.join(" | ")} |`),
  "",
  "## Audits below 90 that count towards a score",
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
