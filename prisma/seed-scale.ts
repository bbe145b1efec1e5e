/**
 * `npm run db:seed:scale -- --roles 100000 [--openings 100000] [--seed 42] [--reset]`: fills DATABASE_URL with a
 * deterministic synthetic catalogue (prisma/scale-roles.ts) and, with --openings, synthetic openings under its
 * published roles (prisma/scale-openings.ts) for benchmarks. `--roles 0` adds openings only. --reset empties the
 * roles (and openings) tables first (refused unless the database name contains "test" or "bench"). Prints rows
 * inserted, time and rows/second.
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import pg from "pg";
import { insertScaleOpenings } from "./scale-openings";
import { insertScaleRoles } from "./scale-roles";

const { values } = parseArgs({
  options: {
    roles: { type: "string", default: "100000" },
    openings: { type: "string", default: "0" },
    seed: { type: "string", default: "42" },
    reset: { type: "boolean" },
  },
});
const url = process.env.DATABASE_URL;
const count = Number(values.roles);
const seed = Number(values.seed);
const openings = Number(values.openings);
if (!url) {
  console.error("db:seed:scale: DATABASE_URL is not set");
  process.exit(2);
}
if (!Number.isInteger(count) || count < 0 || count > 10_000_000 || !Number.isInteger(seed) || !Number.isInteger(openings) || openings < 0 || openings > 10_000_000) {
  console.error("db:seed:scale: --roles and --openings must be whole numbers from 0 to 10000000 and --seed a whole number");
  process.exit(2);
}
if (values.reset) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/test|bench/i.test(name)) {
    console.error(`db:seed:scale: refusing --reset on "${name}" (name must contain "test" or "bench")`);
    process.exit(2);
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("TRUNCATE roles CASCADE");
  await c.end();
}
if (count > 0) {
  const { inserted, ms } = await insertScaleRoles(url, count, {
    seed,
    onProgress: (done) => process.stderr.write(`\r${done}/${count}`),
  });
  process.stderr.write("\n");
  console.log(`db:seed:scale: ${inserted} role(s) inserted in ${(ms / 1000).toFixed(1)} s (${Math.round((inserted / ms) * 1000)} rows/s)`);
}
if (openings > 0) {
  const { inserted, ms } = await insertScaleOpenings(url, openings, { seed });
  console.log(`db:seed:scale: ${inserted} opening(s) inserted in ${(ms / 1000).toFixed(1)} s (${Math.round((inserted / ms) * 1000)} rows/s)`);
}
