import { afterEach, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { apiSchemas } from "@/lib/api/openapi";
import { closeProbePool } from "@/lib/health/checks";

const realDatabaseUrl = process.env.DATABASE_URL;

afterEach(async () => {
  process.env.DATABASE_URL = realDatabaseUrl;
  delete process.env.REDIS_URL;
  await closeProbePool();
});

describe("GET /api/health", () => {
  it("answers 200 ok, never cached", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = apiSchemas.health.parse(await res.json());
    expect(body.status).toBe("ok");
  });
});

describe("GET /api/ready", () => {
  it("is ready with the database's latency when it answers, and lists no Redis without REDIS_URL", async () => {
    const res = await ready();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = apiSchemas.readinessReport.parse(await res.json());
    expect(body.status).toBe("ready");
    expect(body.checks.database.status).toBe("up");
    expect(body.checks.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.checks.redis).toBeUndefined();
  });

  it("is 503 with Retry-After when the database is unreachable, naming the failure", async () => {
    // Nothing listens on port 1: the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/atlas_nothing_test";
    const res = await ready();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = apiSchemas.readinessReport.parse(await res.json());
    expect(body).toMatchObject({ status: "unavailable", checks: { database: { status: "down", error: "ECONNREFUSED" } } });
  });

  it("checks Redis when REDIS_URL is set: up on the real server, 503 when it cannot be reached", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:6379";
    const up = apiSchemas.readinessReport.parse(await (await ready()).json());
    expect(up.status).toBe("ready");
    expect(up.checks.redis?.status).toBe("up");

    process.env.REDIS_URL = "redis://127.0.0.1:1";
    const res = await ready();
    expect(res.status).toBe(503);
    const down = apiSchemas.readinessReport.parse(await res.json());
    expect(down.checks.database.status).toBe("up");
    expect(down.checks.redis).toMatchObject({ status: "down", error: "ECONNREFUSED" });
  });
});
