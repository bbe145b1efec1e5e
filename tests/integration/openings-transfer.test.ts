import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/admin/openings/export/route";
import { POST as importRoute } from "@/app/api/admin/openings/import/route";
import { listAuditEntries } from "@/lib/audit/data";
import { setSessionReaderForTests } from "@/lib/auth/session";
import { createOpening, transitionOpening } from "@/lib/openings/admin/service";
import { parseOpeningForm } from "@/lib/openings/form/schema";
import { exportOpenings, importOpenings, OpeningsFileError, openingsToCsv, openingsToJson } from "@/lib/openings/admin/transfer";
import { expiredTags } from "../support/next-stubs";
import { insertRole, resetCatalogue, testDb } from "../support/database";
import { actAs, makeStaff, snapshotAll } from "../support/staff";

// Importing openings against a real Postgres: the three kinds of files in tests/fixtures/openings (our CSV/JSON,
// Greenhouse, Lever), dry runs that change nothing, all-or-nothing apply, the blank-cell rule on updates, refusals
// that say why (bad values, no or unknown role, duplicates), export → import round trips, and the route.

const FIXTURES = path.join(import.meta.dirname, "../fixtures/openings");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const HEADER = "roleSlug,slug,titleEn,titleZh,employerName,workplaceType,locations,employmentType,salaryMin,salaryMax,salaryCurrency,salaryPeriod,salaryText,applyUrl,datePosted,validThrough,timeZone,externalId";
/** One CSV line in HEADER's columns from the given cells (others empty). */
const line = (cells: Record<string, string>) =>
  HEADER.split(",")
    .map((c) => {
      const v = cells[c] ?? "";
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
const csv = (...rows: Record<string, string>[]) => `${HEADER}\n${rows.map(line).join("\n")}\n`;
const GOOD = {
  roleSlug: "data-detective",
  titleEn: "Import Analyst",
  employerName: "Import Corp",
  workplaceType: "on-site",
  locations: "杭州, CN",
  employmentType: "full-time",
  applyUrl: "https://jobs.example/import",
  datePosted: "2026-11-25",
};
const GH_OPTIONS = { roleByTitle: true, employerName: "Example Corp", employmentType: "full-time" as const };

let admin: Awaited<ReturnType<typeof makeStaff>>;
let editor: Awaited<ReturnType<typeof makeStaff>>;
const count = () => testDb().opening.count();
const bySlug = (slug: string) => testDb().opening.findUniqueOrThrow({ where: { slug } });

beforeAll(async () => {
  await resetCatalogue();
  admin = await makeStaff("admin");
  editor = await makeStaff("editor");
  await insertRole({ slug: "deleted-role", deletedAt: new Date() });
});

describe("the three formats", () => {
  it("our CSV: the dry run reports every row and changes nothing; one bad row and the real run applies nothing", async () => {
    const before = await snapshotAll();
    const dry = await importOpenings(testDb(), admin, fixture("openings.csv"), { format: "csv", dryRun: true });
    expect(dry).toMatchObject({ format: "csv", dryRun: true, applied: false, counts: { create: 2, update: 0, unchanged: 0, reject: 1 } });
    expect(dry.rows.map((r) => [r.row, r.action, r.slug])).toEqual([
      [1, "create", "data-analyst-100-remote-async"],
      [2, "create", expect.stringMatching(/^job-[0-9a-f]{8}$/)],
      [3, "reject", ""],
    ]);
    // Bad input gives a clear message per field: unplaced city, unknown currency, javascript: link, +08:00, min > max, dates.
    expect(dry.rows[2]!.reasons).toEqual([
      'locations: Location 1 ("Berlin") must be "City, CC": a city, a comma and a two-letter country code',
      'salaryCurrency: Salary currency: "XYZ" is not an ISO 4217 currency code such as CNY, USD or EUR',
      "applyUrl: Apply link must be a web address starting with http:// or https://, or an email address",
      'timeZone: Time zone must be an IANA zone name such as Asia/Shanghai or Europe/Berlin, or UTC; offsets like +08:00 and abbreviations like CST are not accepted (found "+08:00")',
      "salaryMax: Minimum salary must not be greater than the maximum salary",
      "validThrough: Valid through must not be before the date posted",
    ]);
    expect(await snapshotAll()).toBe(before);

    const real = await importOpenings(testDb(), admin, fixture("openings.csv"), { format: "csv", dryRun: false });
    expect(real).toMatchObject({ dryRun: false, applied: false, counts: { create: 2, reject: 1 } });
    expect(await snapshotAll()).toBe(before);

    // Without the bad row the file applies: two drafts, each audited as opening.import.
    const good = fixture("openings.csv").split(/\r?\n(?=data-detective,,Analyst,)/)[0]!;
    const applied = await importOpenings(testDb(), admin, good, { format: "csv", dryRun: false });
    expect(applied).toMatchObject({ applied: true, counts: { create: 2, reject: 0 } });
    const a = await testDb().opening.findUniqueOrThrow({ where: { slug: "data-analyst-100-remote-async" }, include: { role: true } });
    expect(a).toMatchObject({ status: "DRAFT", externalId: "csv:1", salaryCurrency: "CNY", salaryMonths: 14, applyUrl: "mailto:jobs@example.com", remoteCountries: ["CN", "US"] });
    expect(a.role.slug).toBe("data-detective");
    const entries = await testDb().auditEntry.findMany({ where: { entityId: a.id } });
    expect(entries.map((e) => [e.action, e.entityType, e.version, e.actorEmail])).toEqual([["opening.import", "opening", 1, admin.email]]);
    // validThrough left blank: datePosted + 60 days.
    const b = await bySlug(applied.rows[1]!.slug);
    expect(b.validThrough.toISOString().slice(0, 10)).toBe("2027-01-02");
  });

  it("our JSON: numbers and arrays, a wrong JSON type refused by name", async () => {
    const before = await count();
    const report = await importOpenings(testDb(), admin, fixture("openings.json"), { format: "json", dryRun: false });
    expect(report).toMatchObject({ applied: false, counts: { create: 1, reject: 1 } });
    expect(report.rows[1]!.reasons[0]).toBe("titleEn: must be text");
    expect(await count()).toBe(before);
    const onlyGood = JSON.stringify({ openings: [JSON.parse(fixture("openings.json")).openings[0]] });
    expect(await importOpenings(testDb(), admin, onlyGood, { format: "json", dryRun: false })).toMatchObject({ applied: true, counts: { create: 1 } });
    const stored = await bySlug("head-of-ai-governance");
    expect(stored).toMatchObject({ externalId: "987654", salaryCurrency: "GBP", remoteCountries: ["GB"], locations: [{ city: "London", country: "GB" }, { city: "Paris", country: "FR" }] });
  });

  it("Greenhouse: roles by the title rules, never guessed; a title no rule files is refused with the rule's reason", async () => {
    const dry = await importOpenings(testDb(), admin, fixture("greenhouse.json"), { format: "greenhouse", dryRun: true, ...GH_OPTIONS });
    expect(dry.rows.map((r) => [r.label.split(" ")[2], r.action, r.role.slug, r.role.source])).toEqual([
      ["4012345", "create", "data-detective", "title-rule"],
      ["4012346", "create", "data-detective", "title-rule"],
      ["4012347", "reject", "", "none"],
      ["4012348", "create", "chief-trust-officer", "title-rule"],
      ["4012349", "reject", "data-detective", "title-rule"],
    ]);
    expect(dry.rows[2]!.reasons).toEqual(["roleSlug: no role for this title: ML/AI engineering or research: the 21 future roles include no general ML/AI engineer"]);
    expect(dry.rows[4]!.reasons).toContain("datePosted: Date posted is required");
    expect(dry.rows[0]!.notes).toContain('workplaceType "on-site": location "New York, NY" names a place and says neither remote nor hybrid');
    // Without any role for the file, no row gets one.
    const none = await importOpenings(testDb(), admin, fixture("greenhouse.json"), { format: "greenhouse", dryRun: true, employerName: "Example Corp" });
    expect(none.rows.every((r) => r.action === "reject" && r.reasons.some((m) => m.startsWith("roleSlug: the row has no roleSlug")))).toBe(true);
    // A file-wide role that does not exist is refused, not replaced.
    const unknown = await importOpenings(testDb(), admin, fixture("greenhouse.json"), { format: "greenhouse", dryRun: true, roleSlug: "no-such-role", employerName: "Example Corp", employmentType: "full-time" });
    expect(unknown.rows[0]!.reasons).toEqual(['roleSlug: there is no role "no-such-role"']);
    const deleted = await importOpenings(testDb(), admin, fixture("greenhouse.json"), { format: "greenhouse", dryRun: true, roleSlug: "deleted-role", employerName: "Example Corp", employmentType: "full-time" });
    expect(deleted.rows[0]!.reasons).toEqual(['roleSlug: there is no role "deleted-role" (it is deleted)']);

    // A Greenhouse file without `jobs` is refused as a whole.
    await expect(importOpenings(testDb(), admin, fixture("greenhouse-no-jobs.json"), { format: "greenhouse", dryRun: true })).rejects.toThrow(new OpeningsFileError("Greenhouse file has no `jobs` array"));
  });

  it("Greenhouse: the good jobs apply; importing the board again updates by externalId instead of duplicating", async () => {
    const board = JSON.parse(fixture("greenhouse.json")) as { jobs: { id: number }[] };
    const good = JSON.stringify({ jobs: board.jobs.filter((j) => [4012345, 4012346, 4012348].includes(j.id)) });
    const before = await count();
    expect(await importOpenings(testDb(), admin, good, { format: "greenhouse", dryRun: false, ...GH_OPTIONS })).toMatchObject({ applied: true, counts: { create: 3 } });
    expect(await count()).toBe(before + 3);
    const again = await importOpenings(testDb(), admin, good, { format: "greenhouse", dryRun: false, ...GH_OPTIONS });
    expect(again).toMatchObject({ applied: true, counts: { create: 0, unchanged: 3 } });
    expect(await count()).toBe(before + 3);
    expect(again.rows.map((r) => r.role.source)).toEqual(["stored", "stored", "stored"]);
    const ny = await testDb().opening.findUniqueOrThrow({ where: { externalId: "greenhouse:4012345" } });
    expect(ny).toMatchObject({ employerName: "Example Corp", workplaceType: "ON_SITE", locations: [{ city: "New York", country: "US" }] });
    expect(ny.datePosted.toISOString().slice(0, 10)).toBe("2026-11-02");
    // A changed title in the board updates that opening (the slug stays), and the report says before → after.
    const renamed = JSON.stringify({ jobs: [{ ...JSON.parse(good).jobs[0], title: "Data Analyst – Growth" }] });
    const update = await importOpenings(testDb(), admin, renamed, { format: "greenhouse", dryRun: true, ...GH_OPTIONS });
    expect(update.rows[0]).toMatchObject({ action: "update", slug: ny.slug, changes: [{ field: "titleEn", before: "Data Analyst – Growth & Retention (100% data)", after: "Data Analyst – Growth" }] });
  });

  it("Lever: createdAt in milliseconds is dated in the time zone; createdAt as a string is refused and nothing is stored", async () => {
    const before = await snapshotAll();
    const report = await importOpenings(testDb(), admin, fixture("lever.json"), { format: "lever", dryRun: false, roleByTitle: true, employerName: "Example GmbH" });
    expect(report).toMatchObject({ applied: false, counts: { create: 2, reject: 1 } });
    expect(report.rows[2]!.reasons[0]).toBe('createdAt must be a number of milliseconds (found "2026-12-01")');
    expect(report.rows[1]!.notes).toContain('salary: interval "per-week-salary" has no period of ours (hour, day, month, year); amounts not imported');
    expect(await snapshotAll()).toBe(before);
    const good = JSON.stringify(JSON.parse(fixture("lever.json")).slice(0, 2));
    expect(await importOpenings(testDb(), admin, good, { format: "lever", dryRun: false, roleByTitle: true, employerName: "Example GmbH" })).toMatchObject({ applied: true });
    const berlin = await testDb().opening.findUniqueOrThrow({ where: { externalId: "lever:5ac21346-8e0c-4494-8e7a-3eb92ff77902" } });
    expect(berlin).toMatchObject({ workplaceType: "HYBRID", salaryCurrency: "EUR", salaryPeriod: "YEAR", locations: [{ city: "Berlin", country: "DE" }] });
    // 1764547200000 ms = 2025-12-01T00:00Z, which is already 08:00 on 2025-12-01 in Shanghai.
    expect(berlin.datePosted.toISOString().slice(0, 10)).toBe("2025-12-01");
  });
});

describe("bad input gives a clear message and stores nothing", () => {
  it.each([
    ["salary min > max", { salaryMin: "40000", salaryMax: "30000", salaryCurrency: "CNY", salaryPeriod: "month" }, "salaryMax: Minimum salary must not be greater than the maximum salary"],
    ["an unknown currency", { salaryMin: "1", salaryCurrency: "ABC", salaryPeriod: "month" }, 'salaryCurrency: Salary currency: "ABC" is not an ISO 4217 currency code such as CNY, USD or EUR'],
    ["a javascript: apply link", { applyUrl: "javascript:alert(document.cookie)" }, "applyUrl: Apply link must be a web address starting with http:// or https://, or an email address"],
    ["validThrough < datePosted", { validThrough: "2026-11-24" }, "validThrough: Valid through must not be before the date posted"],
    ["time zone Mars/Olympus", { timeZone: "Mars/Olympus" }, 'timeZone: Time zone must be an IANA zone name such as Asia/Shanghai or Europe/Berlin, or UTC; offsets like +08:00 and abbreviations like CST are not accepted (found "Mars/Olympus")'],
    ["a 10,000-character city", { locations: `${"城".repeat(10_000)}, CN` }, "locations: Location 1: the city must be at most 100 characters"],
  ])("%s", async (_name, cells, reason) => {
    const before = await snapshotAll();
    const text = csv({ ...GOOD, titleEn: "Good Row", externalId: "bad-input:good" }, { ...GOOD, ...cells, titleEn: "Bad Row" });
    const report = await importOpenings(testDb(), admin, text, { format: "csv", dryRun: false });
    expect(report.applied).toBe(false);
    expect(report.rows.map((r) => r.action)).toEqual(["create", "reject"]);
    expect(report.rows[1]!.reasons).toEqual([reason]);
    expect(await snapshotAll()).toBe(before);
  });
});

describe("duplicates and roles", () => {
  it("refuses a row that repeats an earlier row (by externalId or by content) or a stored opening, naming it", async () => {
    const text = csv(
      { ...GOOD, titleEn: "Dup Analyst", externalId: "dup:1" },
      { ...GOOD, titleEn: "Dup Analyst (reposted)", externalId: "dup:1" },
      { ...GOOD, titleEn: "dup analyst!", externalId: "dup:2" },
      { ...GOOD, titleEn: "Dup Analyst Other City", locations: "苏州, CN" },
    );
    const report = await importOpenings(testDb(), admin, text, { format: "csv", dryRun: true });
    expect(report.rows.map((r) => r.action)).toEqual(["create", "reject", "reject", "create"]);
    expect(report.rows[1]!.reasons).toEqual(['duplicate of row 1 "Dup Analyst" (same externalId "dup:1")']);
    expect(report.rows[2]!.reasons).toEqual(['duplicate of row 1 "Dup Analyst" (same title, employer, locations and date posted)']);
    expect(report.duplicates).toBe(2);

    const single = csv({ ...GOOD, titleEn: "Stored Twin" });
    expect(await importOpenings(testDb(), admin, single, { format: "csv", dryRun: false })).toMatchObject({ applied: true });
    const twin = await importOpenings(testDb(), admin, single, { format: "csv", dryRun: true });
    expect(twin.rows[0]).toMatchObject({ action: "reject", duplicateOf: 'stored opening "stored-twin"' });
    expect(twin.rows[0]!.reasons[0]).toMatch(/^duplicate of the stored opening "stored-twin" .*give its slug or externalId to update it instead$/);
  });

  it("refuses a row naming an unknown or deleted role, or no role at all", async () => {
    const text = csv({ ...GOOD, titleEn: "R1", roleSlug: "no-such-role" }, { ...GOOD, titleEn: "R2", roleSlug: "deleted-role" }, { ...GOOD, titleEn: "R3", roleSlug: "" });
    const report = await importOpenings(testDb(), admin, text, { format: "csv", dryRun: true });
    expect(report.rows.map((r) => r.reasons)).toEqual([
      ['roleSlug: there is no role "no-such-role"'],
      ['roleSlug: there is no role "deleted-role" (it is deleted)'],
      ["roleSlug: the row has no roleSlug and the import names no role"],
    ]);
  });
});

describe("updates: the blank-cell rule", () => {
  let slug: string;
  beforeAll(async () => {
    const parsed = parseOpeningForm({ ...GOOD, titleEn: "Blank Cells Analyst", salaryText: "15k-30k·14薪", salaryMin: "15000", salaryMax: "30000", salaryCurrency: "CNY", salaryPeriod: "month", externalId: "blank:1", validThrough: "2099-12-31" });
    if (!parsed.ok) throw new Error("fixture");
    const { opening } = await createOpening(testDb(), admin, parsed.input, randomUUID());
    await transitionOpening(testDb(), admin, opening.id, 1, "publish");
    slug = opening.slug;
  });

  it("blank cells and missing columns keep the stored values; the dry run shows before → after and marks it live", async () => {
    const before = await bySlug(slug);
    const text = `slug,titleEn,salaryText,descriptionZh\n${slug},Blank Cells Analyst (renamed),,\n`;
    const dry = await importOpenings(testDb(), admin, text, { format: "csv", dryRun: true });
    expect(dry.rows[0]).toMatchObject({ action: "update", live: true, changes: [{ field: "titleEn", before: "Blank Cells Analyst", after: "Blank Cells Analyst (renamed)" }] });
    expect(dry.liveUpdates).toBe(1);
    expect(await bySlug(slug)).toEqual(before);
    const real = await importOpenings(testDb(), admin, text, { format: "csv", dryRun: false });
    expect(real).toMatchObject({ applied: true, counts: { update: 1 } });
    const after = await bySlug(slug);
    expect(after).toMatchObject({ titleEn: "Blank Cells Analyst (renamed)", salaryText: "15k-30k·14薪", salaryCurrency: "CNY", externalId: "blank:1", version: before.version + 1, status: "PUBLISHED" });
    const entry = (await testDb().auditEntry.findMany({ where: { entityId: after.id }, orderBy: { id: "desc" }, take: 1 }))[0];
    expect(entry).toMatchObject({ action: "opening.import", version: before.version + 1, changes: { titleEn: { before: "Blank Cells Analyst", after: "Blank Cells Analyst (renamed)" } } });
    // Matching by externalId works the same (Greenhouse and Lever rows carry no slug).
    const byId = await importOpenings(testDb(), admin, `externalId,salaryText\nblank:1,\n`, { format: "csv", dryRun: true });
    expect(byId.rows[0]).toMatchObject({ action: "unchanged", slug });
  });

  it("`clear` empties a field on purpose; it cannot empty a required field or one whose cell is filled", async () => {
    const dry = await importOpenings(testDb(), admin, `slug,clear\n${slug},salaryText externalId\n`, { format: "csv", dryRun: true });
    expect(dry.rows[0]!.changes).toEqual([
      { field: "salaryText", before: "15k-30k·14薪", after: "" },
      { field: "externalId", before: "blank:1", after: "" },
    ]);
    const json = JSON.stringify([{ slug, clear: ["salaryText"] }]);
    expect(await importOpenings(testDb(), admin, json, { format: "json", dryRun: false })).toMatchObject({ applied: true });
    expect(await bySlug(slug)).toMatchObject({ salaryText: "", externalId: "blank:1" });
    const bad = await importOpenings(testDb(), admin, `slug,clear,salaryText\n${slug},applyUrl,\n${slug}-x,,\n`, { format: "csv", dryRun: true });
    expect(bad.rows[0]!.reasons).toEqual(['clear: "applyUrl" cannot be emptied']);
    const filled = await importOpenings(testDb(), admin, `slug,clear,salaryText\n${slug},salaryText,面议\n`, { format: "csv", dryRun: true });
    expect(filled.rows[0]!.reasons).toEqual(['clear: "salaryText" is listed to be emptied but its cell has a value']);
  });

  it("refuses a row exported before someone changed the opening, and a row that would rename it", async () => {
    const current = await bySlug(slug);
    const stale = await importOpenings(testDb(), admin, `slug,version,titleEn\n${slug},${current.version - 1},X\n`, { format: "csv", dryRun: true });
    expect(stale.rows[0]!.reasons[0]).toMatch(/^version: the file was exported at version \d+, the opening is now at \d+/);
    const rename = await importOpenings(testDb(), admin, `slug,externalId\nsomething-else,blank:1\n`, { format: "csv", dryRun: true });
    expect(rename.rows[0]!.reasons[0]).toMatch(/^slug: the row names the opening ".*" by its externalId; an import does not rename openings/);
  });
});

describe("export", () => {
  it("exports CSV and JSON that import back unchanged", async () => {
    const rows = await exportOpenings(testDb(), admin);
    expect(rows.length).toBe(await count());
    for (const [text, format] of [
      [openingsToCsv(rows), "csv"],
      [openingsToJson(rows), "json"],
    ] as const) {
      const report = await importOpenings(testDb(), admin, text, { format, dryRun: true });
      expect(report.warnings).toEqual([]);
      expect(report.counts).toEqual({ create: 0, update: 0, unchanged: rows.length, reject: 0 });
    }
    await expect(exportOpenings(testDb(), editor)).rejects.toMatchObject({ status: 403 });
  });
});

describe("atomicity and concurrency", () => {
  it("rolls every row back when an audit entry cannot be written", async () => {
    const before = await snapshotAll();
    const ghost = { id: "not-a-uuid", email: "ghost@test.example", role: "admin" as const };
    await expect(importOpenings(testDb(), ghost, csv({ ...GOOD, titleEn: "Ghost Row" }), { format: "csv", dryRun: false })).rejects.toThrow();
    expect(await snapshotAll()).toBe(before);
  });

  it("two simultaneous imports of the same file create its openings once (advisory lock, plan inside the transaction)", async () => {
    const text = csv({ ...GOOD, titleEn: "Race Row A", externalId: "race:a" }, { ...GOOD, titleEn: "Race Row B", externalId: "race:b" });
    const [a, b] = await Promise.all([
      importOpenings(testDb(), admin, text, { format: "csv", dryRun: false }),
      importOpenings(testDb(), admin, text, { format: "csv", dryRun: false }),
    ]);
    expect([a.counts.create, b.counts.create].sort()).toEqual([0, 2]);
    expect([a.counts.unchanged, b.counts.unchanged].sort()).toEqual([0, 2]);
    expect(await testDb().opening.count({ where: { externalId: { in: ["race:a", "race:b"] } } })).toBe(2);
  });

  it("is for admins only", async () => {
    await expect(importOpenings(testDb(), editor, csv(GOOD), { format: "csv", dryRun: true })).rejects.toMatchObject({ status: 403 });
  });
});

describe("routes", () => {
  afterAll(() => setSessionReaderForTests());
  beforeEach(() => {
    expiredTags.length = 0;
  });
  const upload = (name: string, text: string, fields: Record<string, string>, origin?: string) => {
    const body = new FormData();
    body.set("file", new Blob([text]), name);
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    return new NextRequest("http://localhost/api/admin/openings/import", { method: "POST", body, headers: origin ? { origin } : {} });
  };

  it("import: report on a dry run, 422 on a refused real run, 400 for junk, 401/403 for visitors, editors and other sites", async () => {
    actAs(admin);
    // The format is detected from the content when not given.
    const dry = await importRoute(upload("board.json", fixture("greenhouse.json"), { dryRun: "true", roleByTitle: "true", employerName: "Example Corp", employmentType: "full-time" }));
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ format: "greenhouse", dryRun: true, counts: { reject: 2 } });
    const before = await snapshotAll();
    const refused = await importRoute(upload("openings.csv", fixture("openings.csv"), { dryRun: "false", format: "csv" }));
    expect(refused.status).toBe(422);
    expect((await refused.json()).applied).toBe(false);
    expect(await snapshotAll()).toBe(before);
    for (const [name, text, fields, message] of [
      ["a.json", "{not json", {}, /not valid JSON/],
      ["a.json", fixture("greenhouse-no-jobs.json"), { format: "greenhouse" }, /no `jobs` array/],
      ["a.csv", "x", { format: "xml" }, /format must be one of/],
      ["a.csv", csv(GOOD), { roleSlug: "Not A Slug!" }, /roleSlug/],
    ] as const) {
      const res = await importRoute(upload(name, text, fields));
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(message);
    }
    expect((await importRoute(upload("a.csv", csv(GOOD), {}, "https://evil.example"))).status).toBe(403);
    actAs(editor);
    expect((await importRoute(upload("a.csv", csv(GOOD), { dryRun: "true" }))).status).toBe(403);
    actAs(null);
    expect((await importRoute(upload("a.csv", csv(GOOD), { dryRun: "true" }))).status).toBe(401);
    expect(await snapshotAll()).toBe(before);
  });

  it("import: an applied file expires the cached openings reads and its openings' details; the audit log lists opening.import", async () => {
    actAs(admin);
    const res = await importRoute(upload("one.csv", csv({ ...GOOD, titleEn: "Route Import Analyst", roleSlug: "chief-trust-officer" }), { dryRun: "false" }));
    expect(res.status).toBe(200);
    expect(expiredTags.map((e) => e.tag)).toEqual(expect.arrayContaining(["openings", "opening:route-import-analyst"]));
    const opening = await bySlug("route-import-analyst");
    const log = await listAuditEntries({ id: opening.id, entity: "opening" });
    expect(log.entries.map((e) => [e.action, e.actorEmail])).toEqual([["opening.import", admin.email]]);
  });

  it("export: CSV with a BOM and our columns, JSON with { openings }, admins only", async () => {
    actAs(admin);
    const res = await exportRoute(new NextRequest("http://localhost/api/admin/openings/export?format=csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const body = Buffer.from(await res.arrayBuffer()).toString("utf8");
    expect(body.startsWith("\uFEFFroleSlug,slug,titleEn,titleZh,")).toBe(true);
    const json = await (await exportRoute(new NextRequest("http://localhost/api/admin/openings/export?format=json"))).json();
    expect(json.openings.length).toBe(await count());
    expect((await exportRoute(new NextRequest("http://localhost/api/admin/openings/export?format=xml"))).status).toBe(400);
    actAs(editor);
    expect((await exportRoute(new NextRequest("http://localhost/api/admin/openings/export"))).status).toBe(403);
  });
});
