// Offline stand-in for `prisma migrate deploy|dev|diff|reset`.
//
// Prisma's CLI downloads a native schema engine before every command, which fails without internet. This drives
// the same engine compiled to WASM (@prisma/schema-engine-wasm) through the pg driver adapter, so migrations keep
// Prisma's own format (prisma/migrations/<timestamp>_<name>/migration.sql plus the _prisma_migrations table) and the
// stock `prisma migrate deploy` still works for anyone online.
//
// Usage (DATABASE_URL must be set; SHADOW_DATABASE_URL optional):
//   node scripts/db-migrate.mjs deploy              apply committed migrations that are not applied yet
//   node scripts/db-migrate.mjs dev --name <name>   diff schema.prisma against the migrations, write + apply a new one
//   node scripts/db-migrate.mjs diff                print the SQL that schema.prisma still needs (empty when in sync)
//   node scripts/db-migrate.mjs reset               drop everything in the database (asks nothing: tests only)
// Exit code 0 on success, 1 on failure, 2 on usage errors.
import "dotenv/config";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { backfillZhSortKeys } from "../lib/search/pinyin.mjs";

const require = createRequire(import.meta.url);
const SCHEMA = path.resolve("prisma/schema.prisma");
const MIGRATIONS = path.resolve("prisma/migrations");
const FILTERS = { externalTables: [], externalEnums: [] };
/** ColumnTypeEnum.Character in @prisma/driver-adapter-utils. */
const CHARACTER = 6;
const PG_INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

/** pg connection options from a postgres:// URL, with a connect timeout (pg has none by default). */
function pgConfig(url) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    connectionTimeoutMillis: 10_000,
  };
}

/**
 * adapter-pg 7.10's executeScript splits a migration on every ";" and runs the pieces one by one: that breaks
 * function bodies and string literals containing ";" and leaves a failed migration half applied. Send the whole
 * script as one simple-protocol query instead, which Postgres runs as a single implicit transaction.
 */
function executeScriptWhole(queryable) {
  if (typeof queryable.client?.query !== "function") return queryable;
  queryable.executeScript = async (script) => {
    try {
      await queryable.client.query(script);
    } catch (error) {
      if (typeof queryable.onError === "function") queryable.onError(error);
      throw error;
    }
  };
  return queryable;
}

/**
 * The schema engine reads pg_catalog columns of Postgres' internal one-byte "char" type (OID 18, e.g.
 * pg_constraint.contype), which adapter-pg cannot map. Reading them as text and reporting them as Character
 * makes introspection work; nothing else is changed.
 */
function mapInternalCharColumns(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  let charColumns = [];
  queryable.performIO = async (query) => {
    const res = await performIO(query);
    charColumns = [];
    res.fields.forEach((f, i) => {
      if (f.dataTypeID === PG_INTERNAL_CHAR_OID) {
        f.dataTypeID = TEXT_OID;
        charColumns.push(i);
      }
    });
    return res;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const rs = await queryRaw(query);
    for (const i of charColumns) rs.columnTypes[i] = CHARACTER;
    return rs;
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...a) => mapInternalCharColumns(await startTransaction(...a));
  }
  return queryable;
}

/**
 * Adapter factory with our own shadow database. adapter-pg 7.10's connectToShadowDb() either points the shadow
 * pool at the real database (with a connectionString) or drops the shadow database before closing its pool.
 * With SHADOW_DATABASE_URL (PGlite, which cannot serve a second database) that server's public schema is wiped and
 * used; otherwise a throwaway database is created next to the real one and dropped afterwards.
 */
function adapterFactory(url) {
  const cfg = pgConfig(url);
  const base = new PrismaPg(cfg);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => executeScriptWhole(mapInternalCharColumns(await base.connect())),
    async connectToShadowDb() {
      if (process.env.SHADOW_DATABASE_URL) {
        const shadow = executeScriptWhole(
          mapInternalCharColumns(await new PrismaPg(pgConfig(process.env.SHADOW_DATABASE_URL)).connect()),
        );
        await shadow.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
        return shadow;
      }
      const admin = new pg.Client(cfg);
      await admin.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = executeScriptWhole(mapInternalCharColumns(await new PrismaPg({ ...cfg, database: name }).connect()));
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
}

async function loadEngine(url) {
  // The engine reports Rust panics through this global.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => console.error("schema engine panic:", m) };
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(await fs.readFile(wasmPath)), {
    "./schema_engine_bg.js": runtime,
  });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  const schema = await fs.readFile(SCHEMA, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory(url));
  const log = (m) => process.env.DEBUG && console.error(m);
  const engine = await runtime.SchemaEngine.new({ datamodels: [[SCHEMA, schema]] }, log, adapter);
  return { engine, schema };
}

/** The committed migrations in the shape the engine expects, oldest first. */
async function listMigrations() {
  const lockContent = await fs.readFile(path.join(MIGRATIONS, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(MIGRATIONS, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const e of entries.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await fs.readFile(path.join(MIGRATIONS, e.name, "migration.sql"), "utf8").then(
      (v) => ({ tag: "ok", value: v }),
      (err) => ({ tag: "error", value: err.message }),
    );
    migrationDirectories.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  return {
    baseDir: MIGRATIONS,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("db-migrate: DATABASE_URL is not set (see .env.example)");
    return 2;
  }
  if (!["deploy", "dev", "diff", "reset"].includes(cmd)) {
    console.error("usage: node scripts/db-migrate.mjs deploy | dev --name <name> | diff | reset");
    return 2;
  }
  const t0 = performance.now();
  const { engine, schema } = await loadEngine(url);
  const schemaFiles = { files: [{ path: SCHEMA, content: schema }] };
  try {
    if (cmd === "deploy") {
      const out = await engine.applyMigrations({ migrationsList: await listMigrations(), filters: FILTERS });
      const names = out.appliedMigrationNames;
      console.log(`db-migrate: ${names.length ? `applied ${names.join(", ")}` : "up to date"} (${Math.round(performance.now() - t0)} ms)`);
      // Data the SQL migrations cannot compute: the pinyin title keys of roles written without one (idempotent).
      const client = new pg.Client(pgConfig(url));
      await client.connect();
      try {
        const n = await backfillZhSortKeys(client);
        if (n) console.log(`db-migrate: computed the pinyin sort key of ${n} role(s)`);
      } finally {
        await client.end();
      }
    } else if (cmd === "dev") {
      const name = rest.includes("--name") ? rest[rest.indexOf("--name") + 1] : "migration";
      // devDiagnostic replays the migrations in a shadow database and fills the cache createMigration relies on.
      const diag = await engine.devDiagnostic({ migrationsList: await listMigrations(), filters: FILTERS });
      if (diag.action.tag === "reset") throw new Error(`drift detected, reset needed: ${diag.action.reason}`);
      await engine.applyMigrations({ migrationsList: await listMigrations(), filters: FILTERS });
      const res = await engine.createMigration({
        draft: rest.includes("--create-only"),
        migrationName: name,
        migrationsList: await listMigrations(),
        schema: schemaFiles,
        filters: FILTERS,
      });
      if (res.migrationScript === null) {
        console.log("db-migrate: schema unchanged, no migration created");
      } else {
        const dir = path.join(MIGRATIONS, res.generatedMigrationName);
        await fs.mkdir(dir, { recursive: true });
        await fs.writeFile(path.join(dir, `migration.${res.extension}`), res.migrationScript);
        await fs.writeFile(
          path.join(MIGRATIONS, "migration_lock.toml"),
          `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${res.connectorType}"\n`,
        );
        console.log(`db-migrate: created ${res.generatedMigrationName}`);
        if (!rest.includes("--create-only")) {
          const out = await engine.applyMigrations({ migrationsList: await listMigrations(), filters: FILTERS });
          console.log(`db-migrate: applied ${out.appliedMigrationNames.join(", ")}`);
        }
      }
    } else if (cmd === "diff") {
      const out = await engine.diff({
        from: { tag: "migrations", ...(await listMigrations()) },
        to: { tag: "schemaDatamodel", ...schemaFiles },
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      process.stdout.write(out.stdout);
    } else if (cmd === "reset") {
      await engine.reset({ filter: FILTERS });
      console.log("db-migrate: reset done");
    }
    return 0;
  } finally {
    engine.free?.();
  }
}

// The adapter's pg.Pool keeps the event loop alive for its idle timeout: exit explicitly.
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`db-migrate: ${err?.message ?? err}`);
    process.exit(1);
  },
);
