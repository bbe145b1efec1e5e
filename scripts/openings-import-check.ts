/**
 * Runs two public sample files of real postings through the openings' pure import layer (sample mappers → title
 * rules → parseOpeningForm) and prints what happened: rows read, rows/s, peak RSS, roles mapped per slug,
 * unmapped titles (count and top reasons), rows refused by the schema (per field and issue), and duplicates. No
 * database. Nothing from the files is kept in the repository (they carry no licence).
 *
 *   npx tsx scripts/openings-import-check.ts [linkedin.csv] [lagou.csv]
 *   (defaults: ../shared/data/ai_ml_jobs_linkedin_2024.csv, ../shared/data/extra/lagou_data_analyst_zh.csv)
 *
 * Each file is run twice:
 * 1. "as published": what the source lacks stays blank, so the schema refuses those rows and says why.
 * 2. "with stand-ins": an apply URL (https://apply.example.invalid/), a date posted for rows without one
 *    (LinkedIn: 2024-06-01, its latest date; Lagou: 2019-06-30, the file is from mid-2019), and for LinkedIn,
 *    whose `workType` column is the job function, workplace "on-site" unless the title says otherwise. These are
 *    placeholders to see what else would be refused; they are not data and must never be imported.
 *
 * Duplicates (pass 2, among rows that are valid, or would be but for having no role): two rows are the same
 * posting when they share an externalId, or the same folded titles + employer + sorted locations + datePosted
 * (lib/openings/import-formats.ts duplicateKeys). Rows that only share a description are counted separately
 * (job boards reuse boilerplate). Timings include reading the file; the first pass also warms up the JIT.
 */
import fs from "node:fs";
import { assignRole, findDuplicates, type OpeningRow, parseCsvRecords } from "../lib/openings/import-formats";
import { type OpeningInput, parseOpeningForm } from "../lib/openings/form";
import { lagouRow, linkedinRow, type SampleOptions, type SampleRow } from "../lib/openings/sample-formats";

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

report("LinkedIn AI/ML postings 2024", linkedinPath, linkedinRow, {
  applyUrlFallback: "https://apply.example.invalid/",
  datePostedFallback: "2024-06-01",
  workplaceTypeFallback: "on-site",
});
report("Lagou data-analyst postings 2019", lagouPath, lagouRow, {
  applyUrlFallback: "https://apply.example.invalid/",
  datePostedFallback: "2019-06-30",
});
console.log(`\npeak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MB (Node ${process.version})`);
