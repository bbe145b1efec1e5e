// The production HTTP server: Next's request handler behind a plain node:http server, so the app learns the real
// peer address of each connection (Next only fills X-Forwarded-For when a client did not send one, so a spoofed
// header used to pass as the client's address). Each request gets `x-atlas-peer` = the socket's remote address,
// overwriting anything the client sent; lib/auth/client-address.ts trusts forwarded headers only when that peer
// is a configured proxy (TRUSTED_PROXIES). Run by `npm start` (scripts/lib/serve.mjs) and the e2e tests:
//   node scripts/server.mjs            (PORT, default 3000; HOSTNAME, default all interfaces)
// Pages' Cache-Control: scripts/lib/cache-policy.mjs (public pages a short shared cache, staff/signed-in no-store).
// Logs (scripts/lib/logger.mjs): one JSON line per request on stdout — reqId, method, route (the path, never the
// query), status, durationMs — and every error once, with its stack; Next's own console output goes through the
// same logger. Each response carries `x-request-id` (the client's, when it is a plausible id, else a new UUID).
// MAX_CONCURRENT_REQUESTS (default 16): requests beyond it wait in arrival order, started one per event-loop turn
// (health checks never wait).
// SIGTERM/SIGINT: stop accepting, finish in-flight requests (up to 10 s; exit 1 if some are cut), close the
// database pools, exit 0.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { format } from "node:util";
import next from "next";
import { pageCacheControl } from "./lib/cache-policy.mjs";
import { createLogger } from "./lib/logger.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
process.env.ATLAS_PEER_HEADER = "1";

const log = createLogger();
// Next reports render and route errors with console.error: one structured line each, the Error's stack kept.
const toLog = (level) => (...args) => {
  const err = args.find((a) => a instanceof Error);
  const rest = args.filter((a) => a !== err);
  if (err) log[level]({ err }, rest.length ? format(...rest) : err.message);
  else log[level](format(...args));
};
console.error = toLog("error");
console.warn = toLog("warn");
console.log = toLog("info");
console.info = toLog("info");

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;
let inFlight = 0;
let closing = false;

// At most MAX_CONCURRENT_REQUESTS requests are handed to Next at once (default 16; 0 = no limit); the rest wait
// their turn in arrival order. A page render is CPU work on one thread: with 200 requests interleaved, each one
// takes as long as all of them and the slowest pass any client's timeout, while first come, first served keeps
// every wait close to the average. Health checks never wait (a load balancer must see a busy instance as alive).
// Requests start one per turn of the event loop (setImmediate), never straight from the socket's read: a cached
// answer needs no I/O and completes within the turn it starts in, and Node reads every ready socket in one turn
// and accepts one new connection per turn, so 100 requests arriving together ran back to back in one turn
// (~280 ms) and at 200 connections new ones waited in the kernel's accept queue until 10 s timeouts.
const MAX_CONCURRENT = Number(process.env.MAX_CONCURRENT_REQUESTS ?? 16);
const UNQUEUED = /^\/api\/(health|ready)(\?|$)/;
let running = 0;
const waiting = [];
let pumpScheduled = false;
/** Starts the oldest waiting request, one per turn, while slots are free (a release schedules it again). */
function pump() {
  pumpScheduled = false;
  if (waiting.length === 0 || running >= MAX_CONCURRENT) return;
  running += 1;
  waiting.shift()();
  schedulePump();
}
/** Schedules pump for the next turn when a request waits and a slot is free. */
function schedulePump() {
  if (pumpScheduled || waiting.length === 0 || running >= MAX_CONCURRENT) return;
  pumpScheduled = true;
  setImmediate(pump);
}
/** Runs `start` on a later turn when a slot is free; `release` (called once the response is over) frees the slot. */
function admit(url, start) {
  if (!MAX_CONCURRENT || UNQUEUED.test(url)) return start(() => {});
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    running -= 1;
    schedulePump();
  };
  waiting.push(() => start(release));
  schedulePump();
}

const server = http.createServer((req, res) => {
  const start = process.hrtime.bigint();
  const given = req.headers["x-request-id"];
  const reqId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers["x-request-id"] = reqId;
  req.headers["x-atlas-peer"] = req.socket.remoteAddress ?? "";
  res.setHeader("x-request-id", reqId);
  // Pages' Cache-Control (scripts/lib/cache-policy.mjs), set as the headers go out: Node sends implicit headers
  // through writeHead too, so this sees every response.
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const policy = pageCacheControl({
      method: req.method,
      path: (req.url ?? "/").split("?")[0],
      cookie: req.headers.cookie,
      status: typeof status === "number" ? status : res.statusCode,
      setsCookie: res.hasHeader("set-cookie"),
    });
    if (policy) res.setHeader("cache-control", policy);
    return writeHead.call(this, status, ...rest);
  };
  inFlight += 1;
  if (closing) res.setHeader("connection", "close");
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    inFlight -= 1;
    const durationMs = Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100;
    const route = (req.url ?? "/").split("?")[0];
    log.info({ reqId, method: req.method, route, status: res.statusCode, durationMs, ...(res.writableFinished ? {} : { aborted: true }) }, "request");
    // Shutting down: a keep-alive connection whose last response just ended would otherwise hold the exit back.
    if (closing) setImmediate(() => server.closeIdleConnections?.());
  };
  res.on("finish", done);
  res.on("close", done);
  admit(req.url ?? "/", (release) => {
    // A client that hung up while waiting gets nothing rendered.
    if (res.destroyed || req.socket.destroyed) return release();
    res.on("close", release);
    handle(req, res).catch((err) => {
      log.error({ err, reqId }, "request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
});
server.listen(port, hostname, () => log.info({ port }, `ready on http://${hostname ?? "localhost"}:${port}`));

/** Ends the app's Prisma pool and the readiness probe's pool (both kept on globalThis by lib/db.ts, lib/health). */
async function closePools() {
  const g = globalThis;
  const closed = [];
  if (g.prisma) {
    await g.prisma.$disconnect();
    closed.push("prisma");
  }
  if (g.atlasProbePool) {
    await g.atlasProbePool.end();
    closed.push("probe");
  }
  return closed;
}

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    log.info({ signal, inFlight }, "shutting down: no new connections, finishing in-flight requests");
    server.close(async () => {
      let pools = [];
      try {
        pools = await closePools();
      } catch (err) {
        log.error({ err }, "closing the database pools failed");
      }
      log.info({ poolsClosed: pools }, "shutdown complete");
      log.flush?.();
      process.exit(0);
    });
    server.closeIdleConnections?.();
    setTimeout(() => {
      log.warn({ inFlight }, "shutdown timed out after 10 s; in-flight requests were cut");
      server.closeAllConnections?.();
      process.exit(1);
    }, 10_000).unref();
  });
}
