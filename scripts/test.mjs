// `npm test`: every test suite, in order, against a real PostgreSQL and a real browser.
//   1. unit + integration tests (Vitest) against DATABASE_URL, or, when it is unset, a throwaway in-memory
//      embedded Postgres (PGlite). The tests delete data, so a DATABASE_URL must name a database containing "test".
//   2. `next build`, then the Playwright e2e tests in Chromium against the production server.
// Prints each runner's own report, then one summary line: "tests: N passed, N failed[, N skipped]".
// Exit code 0 only when every suite ran and passed.
import fs from "node:fs";
import path from "node:path";
import { authEnv } from "./lib/auth-env.mjs";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { node } from "./lib/run.mjs";

const OUT = path.resolve(".test-output");
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
let stopDb = async () => {};

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function findChromium() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium"].filter(Boolean);
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return null;
}

async function playwrightOwnChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const env = { NEXT_TELEMETRY_DISABLED: "1", ...authEnv({ persist: false }) };

  if (!process.env.DATABASE_URL) {
    const pg = await startEmbeddedPostgres({ port: 0 });
    stopDb = pg.stop;
    Object.assign(env, { DATABASE_URL: pg.url, SHADOW_DATABASE_URL: pg.shadowUrl, ATLAS_EMBEDDED_TEST: "1" });
    console.log(`[test] no DATABASE_URL: using a throwaway embedded Postgres at ${pg.url}`);
  } else {
    const name = decodeURIComponent(new URL(process.env.DATABASE_URL).pathname.slice(1));
    if (!/test/i.test(name)) {
      console.error(`[test] refusing to test against database "${name}": the tests delete data, so its name must contain "test".`);
      console.error("[test] unset DATABASE_URL to use a throwaway embedded database instead.");
      return 2;
    }
    console.log(`[test] using DATABASE_URL (database "${name}")`);
  }

  if ((await node(["scripts/db-migrate.mjs", "deploy"], env)) !== 0) {
    problems.push("migrations failed");
    return 1;
  }

  console.log("\n[test] unit + integration (Vitest)");
  const vitestJson = path.join(OUT, "vitest.json");
  const vitestCode = await node(
    ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
    env,
  );
  const v = readJson(vitestJson);
  if (v) {
    totals.passed += v.numPassedTests;
    totals.failed += v.numFailedTests;
    totals.skipped += v.numPendingTests + v.numTodoTests;
  }
  if (vitestCode !== 0) problems.push(`vitest exited with ${vitestCode}`);

  console.log("\n[test] e2e (Playwright, production build)");
  const browser = findChromium() ?? (await playwrightOwnChromium());
  if (!browser) {
    problems.push(
      "no Chromium for the e2e tests: install Debian's (`sudo apt-get install -y chromium`), or Playwright's " +
        "(`npx playwright install chromium`), or set CHROME_PATH to a Chromium/Chrome binary; then run `npm test` again",
    );
    return 1;
  }
  env.CHROME_PATH = browser;
  if ((await node([TSX, "tests/support/reset-db.ts"], env)) !== 0) {
    problems.push("resetting the test database for e2e failed");
    return 1;
  }
  const t0 = performance.now();
  if ((await node(["node_modules/next/dist/bin/next", "build"], env)) !== 0) {
    problems.push("next build failed");
    return 1;
  }
  console.log(`[test] next build took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const pwCode = await node(["node_modules/@playwright/test/cli.js", "test"], env);
  const p = readJson(path.join(OUT, "e2e.json"));
  if (p?.stats) {
    totals.passed += p.stats.expected + p.stats.flaky;
    totals.failed += p.stats.unexpected;
    totals.skipped += p.stats.skipped;
  }
  if (pwCode !== 0) problems.push(`playwright exited with ${pwCode}`);
  return problems.length ? 1 : 0;
}

const code = await main().catch((err) => {
  problems.push(err?.stack ?? String(err));
  return 1;
});
await stopDb();
for (const p of problems) console.error(`[test] ${p}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(code === 0 && totals.failed === 0 ? 0 : code || 1);
