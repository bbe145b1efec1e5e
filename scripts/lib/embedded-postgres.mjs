// Embedded PostgreSQL for the zero-setup start and for tests on a machine without a Postgres server:
// PGlite (Postgres compiled to WASM) served over the Postgres wire protocol, so the app, Prisma and the migration
// script connect to it exactly as to a real server. PGlite cannot serve a database made with CREATE DATABASE, so
// a second, in-memory PGlite serves as the shadow database that `db-migrate dev` needs.
import fs from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

// Contrib modules the migrations CREATE EXTENSION; PGlite must load them when a database is opened.
const extensions = { pg_trgm };

/** A free TCP port on 127.0.0.1, preferring `preferred` when it is free. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const { port: p } = srv.address();
        srv.close(() => resolve(p));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

/**
 * Starts PGlite on 127.0.0.1.
 * @param {{ dataDir?: string, port?: number }} opts dataDir: a folder that keeps the data across restarts
 *   (created if missing); omitted = in memory. port: preferred port (another free one is used when taken).
 * @returns {Promise<{ url: string, shadowUrl: string, stop: () => Promise<void> }>} connection URLs and a stop
 *   function that closes both servers and flushes the data folder.
 */
export async function startEmbeddedPostgres({ dataDir, port } = {}) {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions });
  const mainPort = await freePort(port ?? 54329);
  // PGlite runs one query at a time; the socket server queues up to 10 client connections (the default of 1 made
  // concurrent requests fail).
  const server = new PGLiteSocketServer({ db, port: mainPort, host: "127.0.0.1", maxConnections: 10 });
  await server.start();
  const shadowDb = await PGlite.create({ extensions });
  const shadowPort = await freePort(mainPort + 1);
  const shadow = new PGLiteSocketServer({ db: shadowDb, port: shadowPort, host: "127.0.0.1", maxConnections: 2 });
  await shadow.start();
  const url = (p) => `postgresql://postgres:postgres@127.0.0.1:${p}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url: url(mainPort),
    shadowUrl: url(shadowPort),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await shadow.stop();
      await db.close();
      await shadowDb.close();
    },
  };
}
