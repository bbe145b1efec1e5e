// The cache handler behind every "use cache" entry (next.config.js `cacheHandlers.default`; Next imports this
// file at server start, outside the bundle). Chosen when the server starts, from the environment:
// - REDIS_URL set: @trieb.work/nextjs-turbo-redis-cache's Cache Components handler, so every instance reads and
//   drops the same entries. Tag expiries are kept in Redis and pushed to the other instances by Redis Pub/Sub
//   (milliseconds); its in-process copy of a Redis read (10 s) is dropped on the same message.
//   Keys: `<CACHE_KEY_PREFIX, default "atlas">:<build id>:` + Next's key (the function's id and its arguments),
//   so a new build starts empty and instances of one build share. The Redis database is the URL's (/5 → 5).
//   The Redis server must publish keyspace events for expired and evicted keys (`notify-keyspace-events Exe`,
//   the library's requirement; README "Several instances"). Every call is bounded (REDIS_CACHE_TIMEOUT_MS,
//   default 1000 ms): when Redis is slow or gone a read is a miss (the database answers), a write is skipped, the
//   error is logged, and Redis is left alone for 10 s (see bounded()).
// - REDIS_URL unset (the zero-setup start): Next's own in-memory LRU handler (50 MB), per process.
// - PUBLIC_CACHE=off: a handler that stores nothing, so every read goes to the database. For the e2e suite's shared
//   server, whose specs write to the database directly (behind the app's back, so no tag is dropped); the cache's
//   own specs start servers with it on.
// The Redis package is imported only when REDIS_URL is set, so a start without Redis never loads or dials it.
import fs from "node:fs";
import path from "node:path";
import { createDefaultCacheHandler } from "next/dist/server/lib/cache-handlers/default.js";

/** The build's id (`.next/BUILD_ID`), or "dev" when there is none (`next dev`). */
function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim() || "dev";
  } catch {
    return "dev";
  }
}

/** A handler that keeps nothing: every get misses, every set is drained and dropped. */
const storeNothing = {
  async get() {
    return undefined;
  },
  async set(_key, pendingEntry) {
    const entry = await pendingEntry;
    await entry.value.pipeTo(new WritableStream()).catch(() => {});
  },
  async refreshTags() {},
  async getExpiration() {
    return 0;
  },
  async updateTags() {},
};

/** After a Redis call failed or timed out, how long (ms) the cache goes without Redis before trying it again. */
const REDIS_PAUSE_MS = 10_000;

/**
 * `handler` with every call cut off after `ms`: get → miss, getExpiration → 0, the others → done. After a failure
 * or a timeout Redis is left alone for REDIS_PAUSE_MS (calls answer those fallbacks at once, so pages are not slowed
 * by a dead Redis), and tag expiries that could not be sent are kept and sent first when Redis answers again, so
 * entries written before a change made during the outage are not served after it.
 */
function bounded(handler, ms) {
  const timedOut = Symbol("timed out");
  const failed = Symbol("failed");
  let pausedUntil = 0;
  const unsentTags = new Set();
  const within = async (name, call, fallback) => {
    if (Date.now() < pausedUntil) return fallback;
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve(timedOut), ms);
    });
    try {
      const result = await Promise.race([Promise.resolve().then(call), timeout]);
      if (result === timedOut) throw new Error(`took over ${ms} ms`);
      return result;
    } catch (err) {
      pausedUntil = Date.now() + REDIS_PAUSE_MS;
      console.error(`cache handler: Redis ${name} failed (${err?.message ?? err}); going without Redis for ${REDIS_PAUSE_MS / 1000} s`);
      return failed;
    } finally {
      clearTimeout(timer);
    }
  };
  /** Sends the tag expiries an outage held back; true when there are none left. */
  const flush = async () => {
    if (unsentTags.size === 0) return true;
    const tags = [...unsentTags];
    if ((await within("updateTags", () => handler.updateTags(tags, { expire: 0 }), undefined)) === failed) return false;
    for (const t of tags) unsentTags.delete(t);
    return true;
  };
  const call = async (name, fn, fallback) => {
    if (!(await flush())) return fallback;
    const result = await within(name, fn, fallback);
    return result === failed ? fallback : result;
  };
  return {
    get: (key, softTags) => call("get", () => handler.get(key, softTags), undefined),
    set: async (key, pendingEntry) => {
      const done = await call("set", () => handler.set(key, pendingEntry), failed);
      // Not stored: still consume the entry's stream, as the handler contract asks.
      if (done === failed) await pendingEntry.then((e) => e.value.pipeTo(new WritableStream())).catch(() => {});
    },
    refreshTags: () => call("refreshTags", () => handler.refreshTags(), undefined),
    getExpiration: (tags) => call("getExpiration", () => handler.getExpiration(tags), 0),
    updateTags: async (tags, durations) => {
      const done = await call("updateTags", () => handler.updateTags(tags, durations), failed);
      if (done === failed) for (const t of tags) unsentTags.add(t);
    },
  };
}

async function chooseHandler() {
  if (process.env.PUBLIC_CACHE === "off") return storeNothing;
  const url = process.env.REDIS_URL;
  if (!url) return createDefaultCacheHandler(50 * 1024 * 1024);
  const { getRedisCacheComponentsHandler } = await import("@trieb.work/nextjs-turbo-redis-cache");
  // The library defaults to database 1 outside Vercel and lets that override the URL's: take the URL's.
  const database = Number(new URL(url).pathname.slice(1) || 0);
  const redis = getRedisCacheComponentsHandler({
    redisUrl: url,
    database,
    keyPrefix: `${process.env.CACHE_KEY_PREFIX || "atlas"}:${buildId()}:`,
  });
  return bounded(redis, Number(process.env.REDIS_CACHE_TIMEOUT_MS) || 1000);
}

export default await chooseHandler();
