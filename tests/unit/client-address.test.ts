import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { isSameOrigin } from "@/lib/http/origin";

// Issue 12, items 9 and 10: the sign-in rate limit trusted any client's X-Forwarded-For (25 spoofed failures never
// limited), and the import route refused every origin but localhost. Forwarded headers now count only from
// configured proxies (TRUSTED_PROXIES); otherwise the connection's own address (x-atlas-peer, set by
// scripts/server.mjs) decides.
const env = process.env as Record<string, string | undefined>;
const saved = { TRUSTED_PROXIES: env.TRUSTED_PROXIES, ATLAS_PEER_HEADER: env.ATLAS_PEER_HEADER, SITE_URL: env.SITE_URL };
afterEach(() => Object.assign(env, saved));

describe("clientAddress", () => {
  it("ignores a spoofed X-Forwarded-For from a client that is not a trusted proxy", () => {
    Object.assign(env, { ATLAS_PEER_HEADER: "1", TRUSTED_PROXIES: "" });
    const spoofed = (n: number) => new Headers({ "x-atlas-peer": "::ffff:203.0.113.7", "x-forwarded-for": `198.51.100.${n}` });
    const addresses = new Set(Array.from({ length: 25 }, (_, n) => clientAddress(spoofed(n))));
    expect([...addresses]).toEqual(["203.0.113.7"]);
  });

  it("reads X-Forwarded-For from the right through trusted proxies only", () => {
    Object.assign(env, { ATLAS_PEER_HEADER: "1", TRUSTED_PROXIES: "127.0.0.1, 10.0.0.5" });
    expect(clientAddress(new Headers({ "x-atlas-peer": "127.0.0.1", "x-forwarded-for": "1.1.1.1, 203.0.113.9, 10.0.0.5" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-atlas-peer": "127.0.0.1", "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-atlas-peer": "127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(new Headers({ "x-atlas-peer": "127.0.0.1", "x-forwarded-for": "not-an-ip" }))).toBe("unknown");
  });

  it("without scripts/server.mjs (no peer header) falls back to Next's first hop", () => {
    Object.assign(env, { ATLAS_PEER_HEADER: "" });
    expect(clientAddress(new Headers({ "x-atlas-peer": "9.9.9.9", "x-forwarded-for": "192.0.2.1, 10.0.0.1" }))).toBe("192.0.2.1");
  });
});

describe("isSameOrigin", () => {
  it("accepts the request's own host on any address, SITE_URL's host, and a trusted proxy's forwarded host", () => {
    Object.assign(env, { ATLAS_PEER_HEADER: "1", TRUSTED_PROXIES: "127.0.0.1", SITE_URL: "" });
    expect(isSameOrigin(new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "x-atlas-peer": "127.0.0.1" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "app:3000", "x-forwarded-host": "atlas.example", origin: "https://atlas.example", "x-atlas-peer": "127.0.0.1" }))).toBe(true);
    // The same forwarded host from a client that is not a trusted proxy proves nothing.
    expect(isSameOrigin(new Headers({ host: "app:3000", "x-forwarded-host": "evil.example", origin: "https://evil.example", "x-atlas-peer": "203.0.113.7" }))).toBe(false);
    Object.assign(env, { SITE_URL: "https://atlas.example" });
    expect(isSameOrigin(new Headers({ host: "app:3000", origin: "https://atlas.example", "x-atlas-peer": "203.0.113.7" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "app:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "app:3000", origin: "null" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "app:3000" }))).toBe(true);
  });
});
