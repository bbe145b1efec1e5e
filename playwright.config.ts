import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * E2E tests against the production build (`next build` first; `npm test` does it). The server gets
 * DATABASE_URL from the environment. Browser: Debian's /usr/bin/chromium when present (or CHROME_PATH), otherwise
 * Playwright's own Chromium if it was installed; `npm test` checks that one exists before starting.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const CI = !!process.env.CI;
/** Where the e2e server writes alert mails (one .eml each); tests/e2e/alerts.spec.ts reads them. */
const E2E_MAIL_DIR = path.resolve(".test-output/e2e-mail");
const executablePath = process.env.CHROME_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: ".test-output/e2e.json" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  outputDir: ".test-output/e2e-artifacts",
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // The production server as `npm start` runs it (scripts/server.mjs: Next's handler behind node:http, one
    // process, so stopping it leaves no child behind).
    command: "node scripts/server.mjs",
    url: `http://localhost:${PORT}/api/roles?pageSize=1`,
    reuseExistingServer: false,
    timeout: 60_000,
    // PORT: without SITE_URL, absolute URLs in production are http://localhost:<PORT> (lib/site.ts).
    // Alert mails go to a folder the alerts spec reads (never to an SMTP server from the environment).
    env: (() => {
      const { SMTP_URL: _smtp, ...rest } = process.env as Record<string, string>;
      // PUBLIC_CACHE=off: the specs write to the database directly, which drops no cache tag; the cache has its own
      // servers in tests/e2e/public-cache.spec.ts.
      return { ...rest, NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), MAIL_DIR: E2E_MAIL_DIR, PUBLIC_CACHE: "off" };
    })(),
  },
});
