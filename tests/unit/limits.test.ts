import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { FORM_MAX_BYTES, MULTIPART_OVERHEAD_BYTES, UPLOAD_MAX_BYTES } from "@/lib/http/limits";
import { IMPORT_MAX_BYTES } from "@/lib/roles/admin/transfer";
import { proxy } from "@/proxy";

// Issue 12, item 8: one limit per kind of body, enforced once, with a clear 413 (a 1 MB+ form gave Next's 500, and
// files between 10 and 20 MB were cut short by the proxy's 10 MB buffer).
const post = (path: string, bytes: number) =>
  new NextRequest(`http://localhost${path}`, { method: "POST", headers: { "content-length": String(bytes) } });

describe("request size limits", async () => {
  it("are the same numbers in next.config.js, the proxy and the importers", async () => {
    const experimental = (nextConfig as { experimental?: { proxyClientMaxBodySize?: number; serverActions?: { bodySizeLimit?: number } } }).experimental;
    expect(experimental?.proxyClientMaxBodySize).toBe(UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD_BYTES);
    expect(experimental?.serverActions?.bodySizeLimit).toBe(FORM_MAX_BYTES);
    expect(IMPORT_MAX_BYTES).toBe(UPLOAD_MAX_BYTES);
    expect(UPLOAD_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it("refuses a form over 1 MB with 413 in both languages, and lets a smaller one through", async () => {
    const res = (await proxy(post("/en/admin/roles/new", FORM_MAX_BYTES + 1)));
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(text).toContain("at most 1 MB");
    expect(text).toContain("最多可提交 1 MB");
    expect((await proxy(post("/en/admin/roles/new", FORM_MAX_BYTES))).status).not.toBe(413);
  });

  it("lets an import of up to 20 MB through (the 10–20 MB files that were refused) and refuses more with 413 JSON", async () => {
    expect((await proxy(post("/api/admin/import", 15 * 1024 * 1024))).status).not.toBe(413);
    expect((await proxy(post("/api/admin/openings/import", UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD_BYTES))).status).not.toBe(413);
    const res = (await proxy(post("/api/admin/import", UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD_BYTES + 1)));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { status: 413, message: "The request is larger than 20 MB" } });
    // Any other API body has the form limit.
    expect((await proxy(post("/api/roles", 2 * 1024 * 1024))).status).toBe(413);
  });
});

describe("server-action POSTs (issue 12, item 7)", async () => {
  const action = (headers: Record<string, string>) =>
    new NextRequest("http://localhost:3000/en/admin/roles/new", { method: "POST", headers: { "next-action": "abc123", host: "localhost:3000", ...headers } });

  it("refuses a cross-site one with 403, in both languages", async () => {
    const cross = (await proxy(action({ origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" })));
    expect(cross.status).toBe(403);
    expect(await cross.text()).toMatch(/cross-site[\s\S]*跨站/);
    expect((await proxy(action({ origin: "not a url", "content-type": "multipart/form-data; boundary=x" }))).status).toBe(403);
  });

  it("lets a same-origin one through, whatever its body (sign-out, which takes no argument, is sent as text/plain)", async () => {
    expect((await proxy(action({ origin: "http://localhost:3000", "content-type": "multipart/form-data; boundary=x" }))).status).toBeLessThan(400);
    expect((await proxy(action({ "content-type": "application/x-www-form-urlencoded" }))).status).toBeLessThan(400);
    expect((await proxy(action({ origin: "http://localhost:3000", "content-type": "text/plain;charset=UTF-8" }))).status).toBeLessThan(400);
  });
});
