import { afterEach, describe, expect, it } from "vitest";
import { cameOverHttps, createNonce, pageCsp } from "@/lib/http/security-headers";

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  delete process.env.ATLAS_PEER_HEADER;
});

describe("cameOverHttps (HSTS)", () => {
  const req = (peer: string, proto?: string) => new Headers({ "x-atlas-peer": peer, ...(proto ? { "x-forwarded-proto": proto } : {}) });

  it("believes X-Forwarded-Proto only from a trusted proxy when the server knows the peer", () => {
    process.env.ATLAS_PEER_HEADER = "1";
    process.env.TRUSTED_PROXIES = "10.0.0.5";
    expect(cameOverHttps(req("10.0.0.5", "https"))).toBe(true);
    expect(cameOverHttps(req("::ffff:10.0.0.5", "https, http"))).toBe(true);
    expect(cameOverHttps(req("203.0.113.9", "https"))).toBe(false);
    expect(cameOverHttps(req("10.0.0.5", "http"))).toBe(false);
    expect(cameOverHttps(req("10.0.0.5"))).toBe(false);
  });
});

describe("pageCsp", () => {
  it("allows only nonce'd scripts (and what they load), never framing; upgrades only over https", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
    const csp = pageCsp(nonce);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    expect(pageCsp(nonce, { https: true })).toContain("upgrade-insecure-requests");
    expect(pageCsp(nonce, { dev: true })).toContain("'unsafe-eval'");
  });
});
