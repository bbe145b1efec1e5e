import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { sanitizeAuthRequest } from "@/lib/auth/request";

// Issue 12, item 6: Auth.js answered 500 for a malformed callbackUrl (`%25` decodes to `%`, which it cannot decode
// again), on csrf, session and providers, and a `authjs.callback-url=%` cookie broke sign-in. Never a 500.
const req = (path: string, init: { method?: string; cookie?: string; body?: string } = {}) =>
  new NextRequest(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
    body: init.body,
  });

describe("Auth.js routes with malformed callback targets", () => {
  for (const endpoint of ["csrf", "session", "providers"]) {
    for (const value of ["%25", "%E0%A4%A", "https%3A%2F%2Fevil.example", "%2F%2Fevil.example", "%00"]) {
      it(`GET /api/auth/${endpoint}?callbackUrl=${value} is not a 500`, async () => {
        const res = await GET(req(`/api/auth/${endpoint}?callbackUrl=${value}`));
        expect(res.status).toBeLessThan(500);
      });
    }
    it(`GET /api/auth/${endpoint} with the cookie authjs.callback-url=% is not a 500`, async () => {
      const res = await GET(req(`/api/auth/${endpoint}`, { cookie: "authjs.callback-url=%" }));
      expect(res.status).toBeLessThan(500);
    });
  }

  it("POST to sign-out with a bad callback cookie is not a 500", async () => {
    const res = await POST(req("/api/auth/signout", { method: "POST", cookie: "authjs.callback-url=%", body: "csrfToken=x" }));
    expect(res.status).toBeLessThan(500);
  });

  it("keeps acceptable targets and drops the others", () => {
    const keep = sanitizeAuthRequest(req("/api/auth/csrf?callbackUrl=%2Fzh%2Fadmin", { cookie: "authjs.callback-url=http%3A%2F%2Flocalhost%2Fen%2Fadmin; other=1" }));
    expect(keep.nextUrl.searchParams.get("callbackUrl")).toBe("/zh/admin");
    expect(keep.cookies.get("authjs.callback-url")?.value).toBe("http://localhost/en/admin");
    const drop = sanitizeAuthRequest(req("/api/auth/csrf?callbackUrl=https%3A%2F%2Fevil.example", { cookie: "authjs.callback-url=%; other=1" }));
    expect(drop.nextUrl.searchParams.has("callbackUrl")).toBe(false);
    expect(drop.cookies.has("authjs.callback-url")).toBe(false);
    expect(drop.cookies.get("other")?.value).toBe("1");
  });
});
