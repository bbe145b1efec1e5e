// `npm run dev`: the app in development mode on PORT (default 3000). Without DATABASE_URL it starts an embedded
// Postgres whose data survives restarts (.data/pglite); either way it applies the migrations and the idempotent
// seed first. Ctrl-C stops everything.
import { spawn } from "node:child_process";
import { authEnv } from "./lib/auth-env.mjs";
import { withDatabase } from "./lib/with-database.mjs";

const db = await withDatabase({ prepareExternal: true }).catch((err) => {
  console.error(`[atlas] ${err.message}`);
  process.exit(1);
});
const port = process.env.PORT ?? "3000";
const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, ...db.env, ...authEnv({ persist: true }) },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => next.kill(sig));
next.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
