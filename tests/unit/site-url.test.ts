import { afterEach, describe, expect, it, vi } from "vitest";

// Issue 12, item 11: without SITE_URL, absolute URLs followed any Host header, and feeds are publicly cacheable.
// In production only ALLOWED_HOSTS may set the origin; development accepts any host.
const requestHeaders = { current: new Headers() };
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("server-only", () => ({}));

const { siteUrl } = await import("@/lib/site");
const env = process.env as Record<string, string | undefined>;
const saved = { SITE_URL: env.SITE_URL, ALLOWED_HOSTS: env.ALLOWED_HOSTS, NODE_ENV: env.NODE_ENV, PORT: env.PORT };
afterEach(() => Object.assign(env, saved));

describe("siteUrl", () => {
  it("uses SITE_URL whatever the request says", async () => {
    Object.assign(env, { SITE_URL: "https://atlas.example/", NODE_ENV: "production" });
    requestHeaders.current = new Headers({ host: "evil.example" });
    expect(await siteUrl()).toBe("https://atlas.example");
  });

  it("in production ignores a Host or X-Forwarded-Host that is not allowed", async () => {
    Object.assign(env, { SITE_URL: "", NODE_ENV: "production", ALLOWED_HOSTS: "atlas.example, www.atlas.example", PORT: "3000" });
    requestHeaders.current = new Headers({ host: "evil.example" });
    expect(await siteUrl()).toBe("http://localhost:3000");
    requestHeaders.current = new Headers({ host: "atlas.example", "x-forwarded-host": "evil.example" });
    expect(await siteUrl()).toBe("http://localhost:3000");
    requestHeaders.current = new Headers({ host: "internal:8080", "x-forwarded-host": "www.atlas.example", "x-forwarded-proto": "https" });
    expect(await siteUrl()).toBe("https://www.atlas.example");
    requestHeaders.current = new Headers({ host: "ATLAS.example" });
    expect(await siteUrl()).toBe("http://atlas.example");
  });

  it("in development follows the request's host", async () => {
    Object.assign(env, { SITE_URL: "", NODE_ENV: "development", ALLOWED_HOSTS: "" });
    requestHeaders.current = new Headers({ host: "localhost:3456" });
    expect(await siteUrl()).toBe("http://localhost:3456");
  });
});
