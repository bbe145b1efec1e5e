import net from "node:net";
import pg from "pg";

/*
 * Dependency probes for GET /api/ready and for the proxy's "database down → 503" (proxy.ts). The database probe
 * runs `SELECT 1` over the proxy's own small pool (probePool; also used by lib/http/page-exists.ts) (not the app's Prisma pool, so a busy app pool does not read as
 * an outage and the proxy need not load Prisma). Redis is pinged with one RESP `PING` over a fresh socket when
 * REDIS_URL is set. No `server-only` import: proxy.ts uses this module too.
 */

/** One dependency's state: `up` with its round trip, or `down` with the reason. Latency in milliseconds. */
export interface DependencyState {
  status: "up" | "down";
  latencyMs: number;
  error?: string;
}

/** Probe timeout (ms): an unreachable dependency reads as down after this long at most. */
export const PROBE_TIMEOUT_MS = 1_000;

const globalProbe = globalThis as unknown as { atlasProbePool?: pg.Pool; atlasProbeUrl?: string };

/**
 * The proxy's plain `pg` pool for DATABASE_URL `url` (2 connections, PROBE_TIMEOUT_MS to connect and per query),
 * kept on globalThis and replaced when the URL changes; closed by closeProbePool and by scripts/server.mjs on
 * shutdown. Shared by the readiness probe and the page-exists lookup, so the proxy holds one pool, not Prisma.
 */
export function probePool(url: string): pg.Pool {
  if (!globalProbe.atlasProbePool || globalProbe.atlasProbeUrl !== url) {
    void globalProbe.atlasProbePool?.end().catch(() => {});
    const pool = new pg.Pool({
      connectionString: url,
      max: 2,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      idleTimeoutMillis: 10_000,
      query_timeout: PROBE_TIMEOUT_MS,
      allowExitOnIdle: true,
    });
    // A dropped idle connection emits 'error' on the pool; the next probe reports it, so it must not crash us.
    pool.on("error", () => {});
    globalProbe.atlasProbePool = pool;
    globalProbe.atlasProbeUrl = url;
  }
  return globalProbe.atlasProbePool;
}

/** Closes the probe pool (graceful shutdown, tests). Safe to call when it was never opened. */
export async function closeProbePool(): Promise<void> {
  const pool = globalProbe.atlasProbePool;
  globalProbe.atlasProbePool = undefined;
  await pool?.end().catch(() => {});
}

const since = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** Short, credential-free reason (a connection string never appears in pg's messages, but clip anyway). */
const reason = (err: unknown) => (err instanceof Error ? (err as Error & { code?: string }).code ?? err.message : String(err)).slice(0, 120);

/**
 * `SELECT 1` against DATABASE_URL. Input: none (reads process.env.DATABASE_URL). Output: its DependencyState,
 * never throws; `down` when the variable is missing, the connection fails or no answer comes within
 * PROBE_TIMEOUT_MS.
 */
export async function checkDatabase(): Promise<DependencyState> {
  const start = performance.now();
  const url = process.env.DATABASE_URL;
  if (!url) return { status: "down", latencyMs: 0, error: "DATABASE_URL is not set" };
  try {
    await probePool(url).query("SELECT 1");
    return { status: "up", latencyMs: since(start) };
  } catch (err) {
    return { status: "down", latencyMs: since(start), error: reason(err) };
  }
}

/**
 * `PING` to the Redis at `url` (redis://[user:password@]host:port; AUTH first when it carries a password).
 * Output: its DependencyState (up on `+PONG`), never throws; down on refusal, error reply or PROBE_TIMEOUT_MS.
 */
export function checkRedis(url: string): Promise<DependencyState> {
  const start = performance.now();
  return new Promise((resolve) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      resolve({ status: "down", latencyMs: 0, error: "REDIS_URL is not a valid URL" });
      return;
    }
    const socket = net.connect({ host: parsed.hostname || "127.0.0.1", port: Number(parsed.port || 6379) });
    let settled = false;
    const done = (state: Omit<DependencyState, "latencyMs">) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve({ ...state, latencyMs: since(start) });
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done({ status: "down", error: "timeout" }));
    socket.on("error", (err) => done({ status: "down", error: reason(err) }));
    let buffer = "";
    const password = decodeURIComponent(parsed.password);
    const user = decodeURIComponent(parsed.username);
    const bulk = (parts: string[]) => `*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join("")}`;
    socket.on("connect", () => {
      socket.write((password ? bulk(user ? ["AUTH", user, password] : ["AUTH", password]) : "") + bulk(["PING"]));
    });
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      if (buffer.startsWith("-")) done({ status: "down", error: buffer.split("\r\n")[0]!.slice(1, 120) });
      else if (buffer.includes("+PONG\r\n")) done({ status: "up" });
    });
  });
}

/** The readiness report of GET /api/ready. */
export interface Readiness {
  status: "ready" | "unavailable";
  checks: { database: DependencyState; redis?: DependencyState };
}

/**
 * Checks every dependency the app needs (the database; Redis when REDIS_URL is set) in parallel. Output: ready
 * only when all are up. Never throws.
 */
export async function readiness(): Promise<Readiness> {
  const redisUrl = process.env.REDIS_URL;
  const [database, redis] = await Promise.all([checkDatabase(), redisUrl ? checkRedis(redisUrl) : Promise.resolve(undefined)]);
  const checks = redis ? { database, redis } : { database };
  const ok = database.status === "up" && (!redis || redis.status === "up");
  return { status: ok ? "ready" : "unavailable", checks };
}
