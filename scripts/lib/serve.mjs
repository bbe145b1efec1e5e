// Runs `next dev` or the production server (scripts/server.mjs) on PORT (default 3000) with a database and Auth.js settings, and stops the
// embedded database (if any) when Next exits. Ctrl-C stops everything.
import { spawn } from "node:child_process";
import path from "node:path";
import { authEnv } from "./auth-env.mjs";
import { withDatabase } from "./with-database.mjs";

/**
 * @param {"dev" | "start"} mode Next's command.
 * @param {{ prepareExternal: boolean }} opts apply migrations and the seed to an external DATABASE_URL too.
 */
export async function serve(mode, { prepareExternal }) {
  const db = await withDatabase({ prepareExternal }).catch((err) => {
    console.error(`[atlas] ${err.message}`);
    process.exit(1);
  });
  const port = process.env.PORT ?? "3000";
  // Job alert mails: without SMTP_URL they are files (lib/mail/transport.ts); say where, so they can be opened.
  if (!process.env.SMTP_URL) {
    const mailDir = path.resolve(process.env.MAIL_DIR ?? ".data/mail");
    console.log(`[atlas] no SMTP_URL: alert mails are written to ${path.relative(process.cwd(), mailDir) || "."}/ (one .eml file each)`);
  }
  // Production runs behind scripts/server.mjs, which tells the app each connection's real address.
  const args = mode === "start" ? ["scripts/server.mjs"] : ["node_modules/next/dist/bin/next", mode, "-p", port];
  const next = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, ...db.env, ...authEnv({ persist: true }), PORT: port },
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => next.kill(sig));
  next.on("exit", async (code) => {
    await db.stop();
    process.exit(code ?? 0);
  });
}
