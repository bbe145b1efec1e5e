import { expect, type Page, test } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createPrismaClient } from "../../lib/prisma-client";
import { AppServer } from "../support/app-server";

/*
 * Security headers (issue 11): every response carries them; pages a nonce CSP that Next's scripts and the theme
 * script satisfy, so the main pages load without a single CSP violation.
 */

const PASSWORD = "e2e headers battery staple";
const admin = `headers-${Date.now().toString(36)}@e2e.example`;
let db: PrismaClient;

test.beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await db.staffUser.create({ data: { email: admin, passwordHash: await hashPassword(PASSWORD), role: "ADMIN" } });
});
test.afterAll(async () => {
  await db.$disconnect();
});

function expectCommonHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  // Plain http from an untrusted peer: no HSTS (it is only honoured, and only sent, over https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

function nonceOf(csp: string): string {
  const match = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(csp);
  expect(match, csp).not.toBeNull();
  return match![1]!;
}

test("pages: a fresh nonce CSP per request, on Next's scripts and the theme script", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/en", "/zh", "/en/sign-in"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    expectCommonHeaders(headers, path);
    const csp = headers["content-security-policy"]!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = nonceOf(csp);
    nonces.add(nonce);
    const html = await res.text();
    // Every executable script carries this response's nonce (JSON-LD data blocks are not executed).
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
    expect(scripts.length, path).toBeGreaterThan(1);
    for (const attrs of scripts) expect(attrs, `${path}: <script${attrs}>`).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);
});

test("the API, feeds, files, redirects and errors carry the headers too", async ({ request }) => {
  for (const path of ["/api/roles", "/api/openings", "/api/health", "/feed.xml", "/robots.txt", "/icon.svg", "/api/roles/no-such-role", "/api/roles?tier=bogus"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const headers = res.headers();
    expectCommonHeaders(headers, path);
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
  const redirect = await request.get("/", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectCommonHeaders(redirect.headers(), "/ (redirect)");
  const notFound = await request.get("/en/roles/no-such-role-anywhere");
  expect(notFound.status()).toBe(404);
  expectCommonHeaders(notFound.headers(), "404 page");
});

test("HSTS is not granted to X-Forwarded-Proto from an untrusted peer", async ({ request }) => {
  const res = await request.get("/en", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toBeUndefined();
  expect(res.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("HSTS and upgrade-insecure-requests when a trusted proxy says the request came over https", async () => {
  test.setTimeout(60_000);
  const app = new AppServer(3214, { TRUSTED_PROXIES: "127.0.0.1,::1" });
  await app.start();
  try {
    for (const path of ["/en", "/api/roles"]) {
      const res = await fetch(`${app.url}${path}`, { headers: { "x-forwarded-proto": "https" } });
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
    }
    const page = await fetch(`${app.url}/en`, { headers: { "x-forwarded-proto": "https" } });
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const plain = await fetch(`${app.url}/en`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  } finally {
    await app.stop();
  }
});

/** Collects CSP violations reported by the page and the console's "Refused to …" errors. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  return violations;
}

test("the main pages and the admin load with no CSP violation, and the theme script still runs", async ({ page, request }) => {
  const violations = watchCsp(page);
  const roles = (await (await request.get("/api/roles?pageSize=1")).json()) as { items: { slug: string }[] };
  const openings = (await (await request.get("/api/openings?pageSize=1")).json()) as { items: { slug: string }[] };
  const paths = ["/en", "/zh", "/en/jobs", "/zh/jobs", "/en/insights", "/en/saved", "/en/sign-in", `/en/roles/${roles.items[0]!.slug}`];
  if (openings.items[0]) paths.push(`/zh/jobs/${openings.items[0].slug}`);
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The theme script (inline, nonce'd) applies a saved choice before paint; hydration works (the switch reacts).
  await page.goto("/en");
  await page.evaluate(() => localStorage.setItem("atlas:theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByTestId("theme-switch").selectOption("light");
  await expect(page.locator("html")).not.toHaveClass(/dark/);

  // Signed in: the admin pages get the same headers and load cleanly.
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(admin);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  const res = await page.goto("/en/admin/openings");
  expect(res?.status()).toBe(200);
  const headers = await res!.allHeaders();
  expectCommonHeaders(headers, "/en/admin/openings");
  nonceOf(headers["content-security-policy"]!);
  await page.waitForLoadState("networkidle");
  await page.goto("/en/admin/roles/new");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
