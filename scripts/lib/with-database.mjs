// Gives the dev and start scripts a database: DATABASE_URL when set, otherwise the embedded one in .data/pglite.
import "dotenv/config";
import path from "node:path";
import pgDriver from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { node, step } from "./run.mjs";

const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");

/**
 * Ensures a migrated, seeded database and returns its environment plus a stop function.
 * With DATABASE_URL set: applies committed migrations and the idempotent seed to it when `prepareExternal` is
 * true. Without: starts the embedded Postgres (data kept in EMBEDDED_PG_DIR, default .data/pglite), migrates and
 * seeds it.
 */
export async function withDatabase({ prepareExternal }) {
  if (process.env.DATABASE_URL) {
    if (prepareExternal) await prepare({});
    return { env: {}, stop: async () => {} };
  }
  const t0 = performance.now();
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pglite");
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
  const env = { DATABASE_URL: pg.url, SHADOW_DATABASE_URL: pg.shadowUrl };
  console.log(`[atlas] embedded Postgres (PGlite) at ${pg.url}, data in ${path.relative(process.cwd(), dataDir)}/`);
  try {
    await prepare(env);
  } catch (err) {
    await pg.stop();
    throw err;
  }
  console.log(`[atlas] database ready in ${Math.round(performance.now() - t0)} ms`);
  await printAdminHint(pg.url);
  return { env, stop: pg.stop };
}

async function prepare(env) {
  await step("migrations", node(["scripts/db-migrate.mjs", "deploy"], env));
  await step("seed", node([TSX, "prisma/seed.ts"], env));
}

/** Tells how to create the first admin when the embedded database has none (there is no default password). */
async function printAdminHint(url) {
  const client = new pgDriver.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM staff_users WHERE role = 'admin' AND active");
    if (rows[0].n === 0) {
      console.log("[atlas] no admin account yet. While this runs, create one in another terminal:");
      console.log(`[atlas]   DATABASE_URL='${url}' npm run admin:create -- --email you@example.com`);
    }
  } finally {
    await client.end();
  }
}
