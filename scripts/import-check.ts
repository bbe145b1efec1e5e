/**
 * Measures the importer on a real file: maps ESCO occupation rows (preferredLabel → titleEn, description →
 * descriptionEn; slug generated, no tier or horizon) and runs the dry run and the real, all-or-nothing run against a
 * scratch database, then prints rows/second and peak memory. Nothing from the file is kept in the repository.
 *
 *   npm run import:check -- ../shared/data/esco_occupations_en.csv
 *
 * Database: DATABASE_URL when its name contains "scratch" or "test" (the run adds thousands of drafts), otherwise
 * a throwaway in-memory embedded Postgres. Exit code 0 when the real run applied every row.
 */
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/prisma-client";
import { importRoles, readImportFile } from "../lib/roles/admin/transfer";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { node } from "./lib/run.mjs";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) {
    console.error("usage: npm run import:check -- <esco_occupations_en.csv>");
    return 2;
  }
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (url && !/scratch|test/i.test(decodeURIComponent(new URL(url).pathname))) {
    console.error("import:check: DATABASE_URL must name a scratch database (its name containing 'scratch' or 'test'); unset it to use a throwaway embedded one");
    return 2;
  }
  if (!url) {
    const pg = await startEmbeddedPostgres({ port: 0 });
    url = pg.url as string;
    stop = pg.stop;
    console.log(`embedded Postgres (PGlite, in memory) at ${url}`);
  }
  // Asynchronously: the embedded server runs in this process and must keep answering while the migration runs.
  if ((await node(["scripts/db-migrate.mjs", "deploy"], { DATABASE_URL: url })) !== 0) return 1;

  const prisma = createPrismaClient(url, 4);
  try {
    const actorRow = await prisma.staffUser.upsert({
      where: { email: "import-check@scratch.invalid" },
      create: { email: "import-check@scratch.invalid", passwordHash: "!", role: "ADMIN", active: false },
      update: {},
    });
    const actor = { id: actorRow.id, email: actorRow.email, role: "admin" as const };
    const text = fs.readFileSync(file, "utf8");

    let t = performance.now();
    const esco = readImportFile(text, "csv");
    const records = esco.map((r) => ({ titleEn: r.preferredLabel, descriptionEn: r.description, sourceName: "ESCO (European Commission)" }));
    const parseMs = performance.now() - t;

    t = performance.now();
    const dry = await importRoles(prisma, actor, records, { dryRun: true });
    const dryMs = performance.now() - t;

    t = performance.now();
    let real = await importRoles(prisma, actor, records, { dryRun: false });
    let realMs = performance.now() - t;
    const refused = real.applied ? null : { ms: realMs, counts: real.counts, rows: real.rows.filter((x) => x.action === "reject") };
    if (refused) {
      // The all-or-nothing run refused the file and changed nothing. ESCO's descriptions carry mojibake (UTF-8
      // decoded as Latin-1: "students\u00e2\u0080\u0099"); repair it the way a user would fix the file, then import again.
      console.log(`real run refused in ${refused.ms.toFixed(0)} ms (${refused.counts.reject} rows rejected); roles in the database after it: ${await prisma.role.count()}`);
      for (const r of refused.rows.slice(0, 3)) console.log(`  rejected row ${r.row}: ${r.reasons.join("; ")}`);
      const repair = (s: unknown) => (typeof s === "string" && /[\u0080-\u009F]/.test(s) ? Buffer.from(s, "latin1").toString("utf8") : s);
      for (const r of records) r.descriptionEn = repair(r.descriptionEn) as string;
      t = performance.now();
      real = await importRoles(prisma, actor, records, { dryRun: false });
      realMs = performance.now() - t;
    }

    const rate = (ms: number) => Math.round(records.length / (ms / 1000));
    console.log(`file: ${path.basename(file)}, ${mb(text.length)} of text, ${records.length} rows`);
    console.log(`parse CSV + map:  ${parseMs.toFixed(0)} ms (${rate(parseMs)} rows/s)`);
    console.log(`dry run:          ${dryMs.toFixed(0)} ms (${rate(dryMs)} rows/s)  ${JSON.stringify(dry.counts)}`);
    console.log(`real run${refused ? " (repaired)" : ""}: ${realMs.toFixed(0)} ms (${rate(realMs)} rows/s)  ${JSON.stringify(real.counts)} applied=${real.applied}`);
    for (const r of real.rows.filter((x) => x.action === "reject").slice(0, 5)) console.log(`  rejected row ${r.row}: ${r.reasons.join("; ")}`);
    console.log(`roles in the database now: ${await prisma.role.count()}`);
    console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, peak JS heap ${mb(peakHeap)}`);
    return real.applied ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await stop();
  }
}

main().then(
  (code) => {
    clearInterval(sampler);
    process.exit(code);
  },
  (err: unknown) => {
    console.error(`import:check: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
