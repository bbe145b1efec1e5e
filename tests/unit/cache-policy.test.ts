import { describe, expect, it } from "vitest";
import { PRIVATE_NO_STORE, PRIVATE_REVALIDATE, PUBLIC_PAGE_CACHE, pageCacheControl } from "@/scripts/lib/cache-policy.mjs";

const visit = (over: Record<string, unknown>) => pageCacheControl({ method: "GET", path: "/en", cookie: "", status: 200, setsCookie: false, ...over });

describe("pages' Cache-Control (scripts/lib/cache-policy.mjs)", () => {
  it("gives public pages a short shared cache that is not no-store (bfcache)", () => {
    for (const path of ["/en", "/zh", "/en/jobs", "/zh/roles/ai-trainer", "/en/insights"]) expect(visit({ path })).toBe(PUBLIC_PAGE_CACHE);
    expect(PUBLIC_PAGE_CACHE).not.toContain("no-store");
    expect(visit({ method: "HEAD" })).toBe(PUBLIC_PAGE_CACHE);
    expect(visit({ cookie: "NEXT_LOCALE=en" })).toBe(PUBLIC_PAGE_CACHE);
    // Setting a cookie (the locale, on a first visit): only the browser may keep it, still without no-store.
    expect(visit({ setsCookie: true })).toBe(PRIVATE_REVALIDATE);
    expect(PRIVATE_REVALIDATE).not.toContain("no-store");
  });

  it("keeps the admin, sign-in and anyone signed in private, no-store", () => {
    expect(visit({ path: "/en/admin" })).toBe(PRIVATE_NO_STORE);
    expect(visit({ path: "/zh/admin/openings/new", status: 307 })).toBe(PRIVATE_NO_STORE);
    expect(visit({ path: "/en/sign-in" })).toBe(PRIVATE_NO_STORE);
    expect(visit({ path: "/zh/alerts/manage" })).toBe(PRIVATE_NO_STORE);
    expect(visit({ path: "/en/alerts/confirm" })).toBe(PRIVATE_NO_STORE);
    expect(visit({ cookie: "NEXT_LOCALE=en; authjs.session-token=abc" })).toBe(PRIVATE_NO_STORE);
    expect(visit({ cookie: "__Secure-authjs.session-token.0=abc" })).toBe(PRIVATE_NO_STORE);
  });

  it("leaves errors, redirects, writes and non-pages to their handlers", () => {
    expect(visit({ status: 404 })).toBeNull();
    expect(visit({ status: 503 })).toBeNull();
    expect(visit({ method: "POST" })).toBeNull();
    expect(visit({ path: "/api/roles" })).toBeNull();
    expect(visit({ path: "/feed.xml" })).toBeNull();
    expect(visit({ path: "/english" })).toBeNull();
  });
});
