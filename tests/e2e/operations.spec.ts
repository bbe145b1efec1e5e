import http from "node:http";
import { expect, test } from "@playwright/test";
import { AppServer } from "../support/app-server";
import { CuttableProxy } from "../support/cuttable-proxy";

/*
 * Operations (issue 11): a second production server on port 3214 whose database connection runs through a TCP
 * proxy on 5498 that the test can cut, so the database really goes away and comes back while the app keeps running.
 */

const SECOND_PORT = 3214;
const PROXY_PORT = 5498;

function throughProxy(): string {
  const url = new URL(process.env.DATABASE_URL!);
  const target = { host: url.hostname, port: Number(url.port || 5432) };
  url.hostname = "127.0.0.1";
  url.port = String(PROXY_PORT);
  return JSON.stringify({ url: url.toString(), target });
}

test.describe.configure({ mode: "serial" });

test.describe("database outage", () => {
  const { url, target } = JSON.parse(throughProxy()) as { url: string; target: { host: string; port: number } };
  const db = new CuttableProxy(PROXY_PORT, target.host, target.port);
  const app = new AppServer(SECOND_PORT, { DATABASE_URL: url });

  test.beforeAll(async () => {
    await db.restore();
    await app.start();
  });
  test.afterAll(async () => {
    await app.stop();
    await db.cut();
  });

  const get = (path: string) => fetch(`${app.url}${path}`, { redirect: "manual" });

  test("answers 503 everywhere public while the database is down, and recovers without a restart", async () => {
    test.setTimeout(60_000);
    expect((await get("/en")).status).toBe(200);
    expect((await get("/api/roles")).status).toBe(200);

    await db.cut();
    // A request that passed the proxy's check just before the outage: the route itself answers 503, not 500.
    const early = await get("/api/roles?q=outage");
    expect(early.status).toBe(503);
    expect(await early.json()).toMatchObject({ error: { status: 503 } });
    // The proxy believes an "up" probe for at most a second (lib/health/availability.ts: UP_TTL_MS).
    await new Promise((r) => setTimeout(r, 1_200));

    const ready = await get("/api/ready");
    expect(ready.status).toBe(503);
    expect((await ready.json()).checks.database.status).toBe("down");
    expect((await get("/api/health")).status).toBe(200);

    for (const path of ["/en", "/en/jobs", "/zh", "/zh/roles/prompt-engineer", "/en/sign-in"]) {
      const res = await get(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get("retry-after"), path).toBe("30");
      expect(res.headers.get("cache-control"), path).toMatch(/(^|, )no-store$/);
      const html = await res.text();
      expect(html).toContain("Temporarily unavailable");
      expect(html).toContain("暂时无法访问");
      expect(html, path).toContain(path.startsWith("/zh") ? '<html lang="zh-CN">' : '<html lang="en">');
    }
    for (const path of ["/api/roles", "/api/roles/prompt-engineer", "/api/openings", "/feed.xml", "/jobs-feed.xml", "/sitemap.xml"]) {
      const res = await get(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get("retry-after"), path).toBe("30");
      expect(res.headers.get("content-type"), path).toContain("application/json");
      expect(await res.json(), path).toMatchObject({ error: { status: 503, message: expect.stringContaining("temporarily unavailable") } });
    }

    await db.restore();
    const back = Date.now();
    let status = 0;
    while (Date.now() - back < 10_000) {
      status = (await get("/en")).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(200);
    // Recovery is seen within the "down" probe interval, far under the Retry-After we advertise.
    expect(Date.now() - back).toBeLessThan(2_000);
    expect((await get("/api/roles")).status).toBe(200);
    expect((await get("/api/ready")).status).toBe(200);
  });

  test("the 503 page is readable in a browser in both languages", async ({ page }) => {
    await db.cut();
    await new Promise((r) => setTimeout(r, 1_200));
    const res = await page.goto(`${app.url}/zh/jobs`);
    expect(res?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("暂时无法访问");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Temporarily unavailable");
    await db.restore();
  });
});

test.describe("request log and graceful shutdown", () => {
  const { url, target } = JSON.parse(throughProxy()) as { url: string; target: { host: string; port: number } };
  const db = new CuttableProxy(PROXY_PORT, target.host, target.port);

  test.afterEach(async () => {
    await db.cut();
  });

  test("one JSON line per request with id, method, route, status and duration; secrets never logged", async () => {
    await db.restore();
    const app = new AppServer(SECOND_PORT, { DATABASE_URL: url });
    await app.start();
    try {
      const secrets = ["CookieSecret4711", "BearerSecret4712", "QuerySecret4713", "FormPassword4714", "BodyToken4715"];
      const res = await fetch(`${app.url}/api/roles?password=${secrets[2]}&token=${secrets[2]}`, {
        headers: { cookie: `authjs.session-token=${secrets[0]}`, authorization: `Bearer ${secrets[1]}`, "x-request-id": "test-req-0001" },
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("x-request-id")).toBe("test-req-0001");
      const generated = await fetch(`${app.url}/en`, { headers: { "x-request-id": "bad id!" } });
      expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      // A sign-in attempt carrying a password in its body.
      await fetch(`${app.url}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: `authjs.csrf-token=${secrets[4]}` },
        body: `email=nobody%40example.com&password=${secrets[3]}&csrfToken=${secrets[4]}`,
        redirect: "manual",
      });
      // An error with a stack: the database lost under a request.
      await db.cut();
      expect((await fetch(`${app.url}/api/openings?q=lost`)).status).toBe(503);
      await new Promise((r) => setTimeout(r, 300));

      const output = app.lines.join("\n");
      for (const secret of secrets) expect(output, secret).not.toContain(secret);

      const requests = app.entries().filter((e) => e.msg === "request");
      const first = requests.find((e) => e.reqId === "test-req-0001");
      expect(first).toMatchObject({ level: "info", method: "GET", route: "/api/roles", status: 400 });
      expect(typeof first!.durationMs).toBe("number");
      expect(typeof first!.time).toBe("string");
      expect(requests.find((e) => e.reqId === generated.headers.get("x-request-id"))).toMatchObject({ route: "/en", status: 200 });
      expect(requests.some((e) => e.route === "/api/auth/callback/credentials" && e.method === "POST")).toBe(true);

      // Logged once (Auth.js's own refusal of the CSRF-less sign-in is an error line of its own).
      const errors = app.entries().filter((e) => e.level === "error" && String(e.msg).includes("database unreachable"));
      expect(errors).toHaveLength(1);
      const err = errors[0]!.err as { message: string; stack: string };
      expect(errors[0]!.msg).toContain("database unreachable");
      expect(err.stack).toMatch(/\n\s+at /);
      // Every stdout line is JSON.
      expect(app.lines.filter((l) => !l.startsWith("{"))).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test("SIGTERM during a request: it completes, new connections are refused, the pools close, exit 0", async () => {
    await db.restore();
    const app = new AppServer(SECOND_PORT, { DATABASE_URL: url });
    await app.start();
    expect((await fetch(`${app.url}/api/roles?pageSize=1`)).status).toBe(200);
    // Every answer from the database now takes 700 ms: the next request stays in flight that long.
    db.delayMs = 700;
    const inFlight = fetch(`${app.url}/api/roles?pageSize=2`);
    await new Promise((r) => setTimeout(r, 250));
    const exit = app.stop("SIGTERM");
    await new Promise((r) => setTimeout(r, 100));
    await expect(fetch(`${app.url}/api/health`)).rejects.toThrow();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.json()).items).toBeInstanceOf(Array);
    expect(await exit).toBe(0);
    const entries = app.entries();
    expect(entries.find((e) => e.msg === "request" && e.route === "/api/roles" && e.status === 200 && (e.durationMs as number) >= 500)).toBeTruthy();
    expect(entries.find((e) => e.msg === "shutdown complete")).toMatchObject({ poolsClosed: expect.arrayContaining(["prisma"]) });
    // The proxy sees each pooled connection's close a moment after the process has exited.
    await expect.poll(() => db.open, { timeout: 2_000 }).toBe(0);
  });
});

/** GET over a given node:http agent; resolves with the status once the whole body has arrived. */
function getVia(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

test.describe("admission queue", () => {
  test("requests beyond MAX_CONCURRENT_REQUESTS wait their turn without holding up new connections", async () => {
    // One request at a time: the rest wait in arrival order (scripts/server.mjs). A queued cached answer needs no
    // I/O; were the next one started as the last ends, the whole queue would run in one turn of the event loop,
    // and a connection opened meanwhile would wait in the kernel's accept queue until it had drained (at 200
    // connections that was 10 s timeouts). A health check on a new connection must be answered long before.
    const app = new AppServer(3215, { MAX_CONCURRENT_REQUESTS: "1" });
    await app.start();
    const pool = new http.Agent({ keepAlive: true, maxSockets: 100 });
    const fresh = new http.Agent({ keepAlive: false });
    try {
      const url = `${app.url}/api/roles?pageSize=50`;
      const burst = (onAnswer: () => void = () => {}) =>
        Promise.all(
          Array.from({ length: 100 }, async () => {
            expect(await getVia(pool, url)).toBe(200);
            onAnswer();
          }),
        );
      // Open 100 keep-alive connections (and fill the cache), then send 100 requests on them at once.
      await burst();
      let answered = 0;
      let answeredBeforeHealth = -1;
      const queued = burst(() => (answered += 1));
      await new Promise((r) => setTimeout(r, 20));
      const health = getVia(fresh, `${app.url}/api/health`).then((status) => {
        answeredBeforeHealth = answered;
        return status;
      });
      expect(await health).toBe(200);
      await queued;
      expect(answered).toBe(100);
      expect(answeredBeforeHealth, "queued answers sent before the new connection's health check").toBeLessThan(50);
    } finally {
      pool.destroy();
      fresh.destroy();
      await app.stop();
    }
  });
});
