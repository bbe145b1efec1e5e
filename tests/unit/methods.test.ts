import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { allowedMethods, ROUTE_METHODS } from "@/lib/http/methods";
import { proxy } from "@/proxy";

// Issue 12, item 15: every 405 names the allowed methods in `Allow` (RFC 9110 §15.5.6); Next's own 405 had none.
const APP = path.join(import.meta.dirname, "../../app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every `app/**\/route.ts` as its route path, with the HTTP methods its source exports. */
function routeFiles(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const exported = METHODS.filter((m) => new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${m}\\b`).test(source));
        out[`/${path.relative(APP, dir).split(path.sep).join("/")}`] = exported;
      }
    }
  };
  walk(APP);
  return out;
}

const sample = (route: string) => route.replace(/\[\.\.\.\w+\]/, "session").replace(/\[\w+\]/, "some-slug");

describe("405 Allow", () => {
  it("the table lists every route handler with exactly the methods it exports", () => {
    const files = routeFiles();
    expect(Object.keys(files).length).toBeGreaterThan(10);
    for (const [route, methods] of Object.entries(files)) expect(ROUTE_METHODS[route], route).toEqual(methods);
    // Besides the route files, only Next's metadata routes (app/robots.ts, app/icon.svg, app/favicon.ico).
    const extra = Object.keys(ROUTE_METHODS).filter((r) => !(r in files));
    expect(extra.sort()).toEqual(["/favicon.ico", "/icon.svg", "/robots.txt"]);
  });

  it("every route answers each method it lacks with 405 and an Allow listing its methods", async () => {
    for (const [route, methods] of Object.entries(ROUTE_METHODS)) {
      const url = `http://localhost${sample(route)}`;
      const allow = allowedMethods(new URL(url).pathname);
      const expected = [...new Set([...methods, "OPTIONS", ...(methods.includes("GET") ? ["HEAD"] : [])])].sort().join(", ");
      expect(allow, route).toBe(expected);
      for (const method of METHODS.filter((m) => !expected.split(", ").includes(m))) {
        const res = await proxy(new NextRequest(url, { method }));
        expect(res.status, `${method} ${route}`).toBe(405);
        expect(res.headers.get("allow"), `${method} ${route}`).toBe(expected);
        if (route.startsWith("/api/")) expect((await res.json()).error.status).toBe(405);
      }
      for (const method of expected.split(", ")) {
        expect((await proxy(new NextRequest(url, { method }))).status, `${method} ${route}`).not.toBe(405);
      }
    }
  });

  it("static routes are not taken for a dynamic sibling, and pages are left alone", async () => {
    expect(allowedMethods("/api/roles")).toBe("GET, HEAD, OPTIONS");
    expect(allowedMethods("/api/roles/x")).toBe("GET, HEAD, OPTIONS");
    expect(allowedMethods("/api/roles/x/y")).toBeNull();
    expect(allowedMethods("/en/admin")).toBeNull();
    expect((await proxy(new NextRequest("http://localhost/en/admin/roles/new", { method: "POST" }))).status).not.toBe(405);
  });
});
