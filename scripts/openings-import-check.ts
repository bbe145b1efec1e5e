/**
 * Runs two public sample files of real postings through the openings' import: first the pure layer (sample mappers
 * → title rules → parseOpeningForm, no database), then the importer itself (lib/openings/admin/transfer.ts
 * importOpenings: dry run and real run) against a scratch database. Prints what happened: rows read, rows/s, peak
 * RSS, roles mapped per slug, unmapped titles (count and top reasons), rows refused (per field and issue, and the
 * importer's top reasons), created and duplicate counts. Nothing from the files is kept in the repository (they
 * carry no licence); the scratch database is dropped at the end.
 *
 *   npm run import:check:openings [-- linkedin.csv lagou.csv]
 *   (defaults: ../shared/data/ai_ml_jobs_linkedin_2024.csv, ../shared/data/extra/lagou_data_analyst_zh.csv)
 *
 * Each file is run twice through the pure layer:
 * 1. "as published": what the source lacks stays blank, so the schema refuses those rows and says why.
 * 2. "with stand-ins": an apply URL (https://apply.example.invalid/), a date posted for rows without one
 *    (LinkedIn: 2024-06-01, its latest date; Lagou: 2019-06-30, the file is from mid-2019), and for LinkedIn,
 *    whose `workType` column is the job function, workplace "on-site" unless the title says otherwise. These are
 *    placeholders to see what else would be refused; they are not data, and they only ever reach the scratch
 *    database below, which is dropped.
 *
 * Duplicates (pass 2, among rows that are valid, or would be but for having no role): two rows are the same
 * posting when they share an externalId, or the same folded titles + employer + sorted locations + datePosted
 * (lib/openings/import/formats.ts duplicateKeys). Rows that only share a description are counted separately
 * (job boards reuse boilerplate). Timings include reading the file; the first pass also warms up the JIT.
 *
 * The importer: each file's rows (mapped, with stand-ins) as our JSON, roles by the title rules, into a scratch
 * database `atlas_importcheck_<pid>` created on DATABASE_URL's server (migrated, seeded with the 21 roles), or,
 * without DATABASE_URL, a throwaway in-memory embedded Postgres. Per file: the dry run as published and with
 * stand-ins; the real run of the whole file (all or nothing: refused as a whole when any row is refused); the real
 * run of only the rows the dry run accepted (what an editor would import after removing the refused rows); and
 * the same rows again (every one now a duplicate of a stored opening, so nothing is created twice).
 */
import fs from "node:fs";
import pg from "pg";
import { assignRole, findDuplicates, type OpeningRow, parseCsvRecords } from "../lib/openings/import/formats";
import { type OpeningInput, parseOpeningForm } from "../lib/openings/form/schema";
import { importOpenings, type OpeningImportReport } from "../lib/openings/admin/transfer";
import { lagouRow, linkedinRow, type SampleOptions, type SampleRow } from "../lib/openings/import/sample-formats";
import { createPrismaClient } from "../lib/prisma-client";
import { seedRoles } from "../prisma/seed-roles";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";
import { node } from "./lib/run.mjs";

const [linkedinPath = "../shared/data/ai_ml_jobs_linkedin_2024.csv", lagouPath = "../shared/data/extra/lagou_data_analyst_zh.csv"] = process.argv.slice(2);

let peakRss = process.memoryUsage.rss();
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

const top = (m: Map<string, number>, n = 8) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

interface PassResult {
  rows: number;
  ms: number;
  csvMs: number;
  mapMs: number;
  schemaMs: number;
  mapped: Map<string, number>;
  unmapped: Map<string, number>;
  unmappedCount: number;
  refused: number;
  refusedByIssue: Map<string, number>;
  valid: { label: string; input: OpeningInput }[];
  /** Valid rows plus rows refused only for having no role, for counting duplicates. */
  comparable: { label: string; input: OpeningInput }[];
  sameDescription: number;
}

function run(path: string, map: (r: Record<string, string>, o: SampleOptions) => SampleRow, options: SampleOptions): PassResult {
  const t0 = performance.now();
  const records = parseCsvRecords(fs.readFileSync(path, "utf8"));
  sampleRss();
  const csvMs = performance.now() - t0;
  let mapMs = 0;
  let schemaMs = 0;
  const r: PassResult = { rows: records.length, ms: 0, csvMs, mapMs: 0, schemaMs: 0, mapped: new Map(), unmapped: new Map(), unmappedCount: 0, refused: 0, refusedByIssue: new Map(), valid: [], comparable: [], sameDescription: 0 };
  const descriptions = new Set<string>();
  records.forEach((record, i) => {
    let t = performance.now();
    const { values, notes } = map(record, options);
    const row: OpeningRow = assignRole({ label: `row ${i + 1}`, values, notes, errors: [] }, { roleByTitle: true });
    mapMs += performance.now() - t;
    if (row.role.source === "title-rule") bump(r.mapped, row.values.roleSlug);
    else {
      r.unmappedCount++;
      bump(r.unmapped, `[${row.role.rule ?? "no rule"}] ${row.role.reason?.replace(/^no role for this title: /, "")}`);
    }
    t = performance.now();
    const parsed = parseOpeningForm(row.values);
    schemaMs += performance.now() - t;
    const d = (values.descriptionEn || values.descriptionZh).trim();
    if (d) {
      if (descriptions.has(d)) r.sameDescription++;
      descriptions.add(d);
    }
    if (parsed.ok) {
      r.valid.push({ label: row.label, input: parsed.input });
      r.comparable.push({ label: row.label, input: parsed.input });
    } else {
      if (Object.keys(parsed.issues).join() === "roleSlug") {
        const again = parseOpeningForm({ ...row.values, roleSlug: "no-role" });
        if (again.ok) r.comparable.push({ label: row.label, input: again.input });
      }
      r.refused++;
      for (const [field, issues] of Object.entries(parsed.issues)) {
        // A row refused only because no rule gave it a role is counted under unmapped, and here as roleSlug/required.
        for (const code of new Set((issues ?? []).map((x) => x.code))) bump(r.refusedByIssue, `${field}/${code}`);
      }
    }
    if (i % 100 === 0) sampleRss();
  });
  r.ms = performance.now() - t0;
  r.mapMs = mapMs;
  r.schemaMs = schemaMs;
  sampleRss();
  return r;
}

function report(name: string, path: string, map: (r: Record<string, string>, o: SampleOptions) => SampleRow, fallbacks: SampleOptions) {
  if (!fs.existsSync(path)) {
    console.log(`${name}: ${path} not found, skipped`);
    return;
  }
  console.log(`\n== ${name} (${path}, ${(fs.statSync(path).size / 1024).toFixed(0)} KiB)`);
  for (const [pass, options] of [
    ["as published", {}],
    ["with stand-ins", fallbacks],
  ] as const) {
    const r = run(path, map, options);
    console.log(
      `-- ${pass}: ${r.rows} rows read in ${r.ms.toFixed(0)} ms = ${Math.round(r.rows / (r.ms / 1000))} rows/s ` +
        `(read + CSV ${r.csvMs.toFixed(0)} ms, mappers + title rules ${r.mapMs.toFixed(0)} ms, schema ${r.schemaMs.toFixed(0)} ms)`,
    );
    if (pass === "as published") {
      console.log(`   mapped to a role: ${r.rows - r.unmappedCount}  ${top(r.mapped, 21).map(([k, v]) => `${k} ${v}`).join(", ") || "-"}`);
      console.log(`   unmapped: ${r.unmappedCount}; top reasons:`);
      for (const [k, v] of top(r.unmapped)) console.log(`     ${String(v).padStart(5)}  ${k}`);
    }
    console.log(`   valid: ${r.valid.length}; refused by the schema: ${r.refused}; per field/issue (a row counts once per issue):`);
    for (const [k, v] of top(r.refusedByIssue, 14)) console.log(`     ${String(v).padStart(5)}  ${k}`);
    if (pass === "with stand-ins") {
      const dups = findDuplicates(r.comparable);
      const by = (kind: string) => dups.filter((d) => d.by === kind).length;
      console.log(
        `   duplicates among the ${r.comparable.length} rows valid but for the role: ${dups.length} (same externalId: ${by("externalId")}, ` +
          `same title+employer+locations+date: ${by("content")}); rows (valid or not) repeating an earlier row's description: ${r.sameDescription}`,
      );
    }
  }
}

const LINKEDIN_STAND_INS: SampleOptions = {
  applyUrlFallback: "https://apply.example.invalid/",
  datePostedFallback: "2024-06-01",
  workplaceTypeFallback: "on-site",
};
const LAGOU_STAND_INS: SampleOptions = { applyUrlFallback: "https://apply.example.invalid/", datePostedFallback: "2019-06-30" };

/** A reason with its quoted values and numbers blanked, so reasons of one kind count together. */
const reasonKind = (r: string) => r.replace(/"[^"]*"/g, '"…"').replace(/\b(row|Location) \d+/g, "$1 N");

function printImport(label: string, rows: number, ms: number, r: OpeningImportReport) {
  const refused = r.rows.filter((x) => x.action === "reject");
  console.log(
    `-- importer, ${label}: ${rows} rows in ${ms.toFixed(0)} ms = ${Math.round(rows / (ms / 1000))} rows/s; ` +
      `applied=${r.applied}; create ${r.counts.create}, update ${r.counts.update}, unchanged ${r.counts.unchanged}, ` +
      `refused ${r.counts.reject} (of which duplicates ${r.duplicates})`,
  );
  if (refused.length) {
    const kinds = new Map<string, number>();
    for (const row of refused) for (const k of new Set(row.reasons.map(reasonKind))) bump(kinds, k);
    console.log("   top reasons (a row counts once per kind of reason):");
    for (const [k, v] of top(kinds, 8)) console.log(`     ${String(v).padStart(5)}  ${k.length > 150 ? `${k.slice(0, 149)}…` : k}`);
  }
}

/** The importer on one sample file against the scratch database (see the header comment). */
async function importerCheck(prisma: ReturnType<typeof createPrismaClient>, actor: { id: string; email: string; role: "admin" }, name: string, path: string, map: (r: Record<string, string>, o: SampleOptions) => SampleRow, standIns: SampleOptions) {
  if (!fs.existsSync(path)) return;
  console.log(`\n== importer: ${name}`);
  const records = parseCsvRecords(fs.readFileSync(path, "utf8"));
  const asJson = (options: SampleOptions, keep?: Set<number>) => JSON.stringify(records.flatMap((r, i) => (!keep || keep.has(i + 1) ? [map(r, options).values] : [])));
  const timed = async (label: string, text: string, rows: number, dryRun: boolean) => {
    const t = performance.now();
    const report = await importOpenings(prisma, actor, text, { format: "json", dryRun, roleByTitle: true });
    printImport(label, rows, performance.now() - t, report);
    sampleRss();
    console.log(`   RSS now ${(process.memoryUsage.rss() / 1024 / 1024).toFixed(0)} MB, JS heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
    return report;
  };
  await timed("dry run, as published", asJson({}), records.length, true);
  const dry = await timed("dry run, with stand-ins", asJson(standIns), records.length, true);
  const before = await prisma.opening.count();
  await timed("real run, whole file with stand-ins", asJson(standIns), records.length, false);
  console.log(`   openings stored after it: ${(await prisma.opening.count()) - before} (all or nothing)`);
  const accepted = new Set(dry.rows.filter((r) => r.action === "create").map((r) => r.row));
  const applied = await timed("real run, only the rows the dry run accepted", asJson(standIns, accepted), accepted.size, false);
  console.log(`   openings stored after it: ${(await prisma.opening.count()) - before} (created ${applied.counts.create})`);
  await timed("the accepted rows again (dry run)", asJson(standIns, accepted), accepted.size, true);
}

/** Creates `atlas_importcheck_<pid>` on DATABASE_URL's server (or starts an embedded Postgres), runs `fn`, drops it. */
async function withScratchDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    console.log(`\nno DATABASE_URL: a throwaway embedded Postgres (PGlite, in memory) at ${embedded.url}`);
    try {
      await fn(embedded.url as string);
    } finally {
      await embedded.stop();
    }
    return;
  }
  const name = `atlas_importcheck_${process.pid}`;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    console.log(`\nscratch database ${name} on ${url.host}`);
    try {
      await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      console.log(`scratch database ${name} dropped`);
    }
  } finally {
    await admin.end();
  }
}

async function main(): Promise<number> {
  report("LinkedIn AI/ML postings 2024", linkedinPath, linkedinRow, LINKEDIN_STAND_INS);
  report("Lagou data-analyst postings 2019", lagouPath, lagouRow, LAGOU_STAND_INS);
  const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(`\npeak RSS after the pure passes: ${rssMb()} MB`);
  await withScratchDatabase(async (url) => {
    if ((await node(["scripts/db-migrate.mjs", "deploy"], { DATABASE_URL: url })) !== 0) throw new Error("migrations failed");
    await seedRoles(url);
    const prisma = createPrismaClient(url, 4);
    try {
      const row = await prisma.staffUser.create({ data: { email: "import-check@scratch.invalid", passwordHash: "!", role: "ADMIN", active: false } });
      const actor = { id: row.id, email: row.email, role: "admin" as const };
      // Connect and load the query engine before anything is timed.
      await prisma.opening.count();
      await importerCheck(prisma, actor, "LinkedIn AI/ML postings 2024", linkedinPath, linkedinRow, LINKEDIN_STAND_INS);
      await importerCheck(prisma, actor, "Lagou data-analyst postings 2019", lagouPath, lagouRow, LAGOU_STAND_INS);
    } finally {
      await prisma.$disconnect();
    }
  });
  sampleRss();
  console.log(`\npeak RSS: ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024).toFixed(0)} MB (Node ${process.version})`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`import:check:openings: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
