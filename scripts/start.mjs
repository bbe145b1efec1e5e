// `npm run start`: the production build (`npm run build` first) on PORT (default 3000). With DATABASE_URL it
// serves that database as it is (apply migrations with `npm run db:migrate`); without, it uses the embedded
// Postgres in .data/pglite, migrated and seeded.
import { spawn } from "node:child_process";
import { authEnv } from "./lib/auth-env.mjs";
import { withDatabase } from "./lib/with-database.mjs";

const db = await withDatabase({ prepareExternal: false }).catch((err) => {
  console.error(`[atlas] ${err.message}`);
  process.exit(1);
});
const port = process.env.PORT ?? "3000";
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, ...db.env, ...authEnv({ persist: true }) },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => next.kill(sig));
next.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
