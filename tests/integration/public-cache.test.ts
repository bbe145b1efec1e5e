import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/roles/[slug]/route";
import { GET as listRoles } from "@/app/api/roles/route";
import { GET as listOpenings } from "@/app/api/openings/route";
import { PUBLIC_API_CACHE } from "@/lib/http/public-cache";
import { insertRole, resetCatalogue, testDb } from "../support/database";

const req = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost:3000${path}`, { headers });

beforeAll(resetCatalogue);
afterAll(resetCatalogue);

describe("public API caching: Cache-Control, ETag, 304", () => {
  it("a 200 answer may be reused briefly and revalidated; If-None-Match with its ETag gets 304 and no body", async () => {
    const first = await listRoles(req("/api/roles?pageSize=5"));
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(PUBLIC_API_CACHE);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const body = await first.json();
    expect(body.items).toHaveLength(5);

    const again = await listRoles(req("/api/roles?pageSize=5", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe(PUBLIC_API_CACHE);
    expect(await again.text()).toBe("");
    // A weak validator or a list naming it also matches.
    expect((await listRoles(req("/api/roles?pageSize=5", { "if-none-match": `"x", W/${etag}` }))).status).toBe(304);
    // Another query is another answer.
    expect((await listRoles(req("/api/roles?pageSize=4", { "if-none-match": etag }))).status).toBe(200);
  });

  it("a change to the data changes the ETag, so a stale copy is never confirmed", async () => {
    const before = await listRoles(req("/api/roles?sort=newest&pageSize=3"));
    const etag = before.headers.get("etag")!;
    await insertRole({ titleEn: "Cache Buster Analyst" });
    const after = await listRoles(req("/api/roles?sort=newest&pageSize=3", { "if-none-match": etag }));
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect((await after.json()).items[0].titleEn).toBe("Cache Buster Analyst");
  });

  it("role detail and openings carry validators too; errors do not", async () => {
    const slug = (await testDb().role.findFirstOrThrow({ where: { status: "PUBLISHED", deletedAt: null }, select: { slug: true } })).slug;
    const detail = await getRoute(req(`/api/roles/${slug}`), { params: Promise.resolve({ slug }) });
    expect(detail.status).toBe(200);
    const etag = detail.headers.get("etag")!;
    expect((await getRoute(req(`/api/roles/${slug}`, { "if-none-match": etag }), { params: Promise.resolve({ slug }) })).status).toBe(304);

    const openings = await listOpenings(req("/api/openings"));
    expect(openings.status).toBe(200);
    expect(openings.headers.get("etag")).toBeTruthy();

    const missing = await getRoute(req("/api/roles/no-such-role"), { params: Promise.resolve({ slug: "no-such-role" }) });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    const invalid = await listRoles(req("/api/roles?tier=bogus"));
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("etag")).toBeNull();
    expect(invalid.headers.get("cache-control")).toBeNull();
  });
});
