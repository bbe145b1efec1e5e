import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/admin/import/route";
import { listAuditEntries } from "@/lib/audit/data";
import { setSessionReaderForTests } from "@/lib/auth/session";
import { ImportFileError, importRoles, readImportFile, toCsv, exportRoles } from "@/lib/roles/admin/transfer";
import { resetCatalogue, testDb } from "../support/database";
import { actAs, makeStaff } from "../support/staff";

// A small fixture with the quirks of real files: BOM, quoted newlines and quotes, emoji, `%`, CRLF line ends,
// a Chinese-only row and an extra column the importer ignores.
const CSV =
  "\uFEFFtitleEn,titleZh,slug,summaryEn,descriptionEn,tier,horizon,extra\r\n" +
  '"ML Engineer at 100% Remote",,,"Builds models, remotely","Line one\nLine two with ""quotes""\n\n- a list item",medium-to-high,5-year,x\r\n' +
  '"🤖 Robot Whisperer 🚀",机器人低语者,robot-whisperer,"Talks to robots 🤖",,,,y\r\n' +
  ',提示工程师,,,,low-to-medium,,z\r\n';

let admin: Awaited<ReturnType<typeof makeStaff>>;
let editor: Awaited<ReturnType<typeof makeStaff>>;
const roleCount = () => testDb().role.count();

beforeAll(async () => {
  await resetCatalogue();
  admin = await makeStaff("admin");
  editor = await makeStaff("editor");
});

describe("import", () => {
  it("reads CSV with a BOM, quoted newlines and emoji, and JSON", () => {
    const rows = readImportFile(CSV, "csv");
    expect(rows).toHaveLength(3);
    expect(rows[0]?.titleEn).toBe("ML Engineer at 100% Remote");
    expect(rows[0]?.descriptionEn).toBe('Line one\nLine two with "quotes"\n\n- a list item');
    expect(rows[1]?.titleEn).toBe("🤖 Robot Whisperer 🚀");
    expect(readImportFile(JSON.stringify({ roles: [{ titleEn: "A" }] }), "json")).toEqual([{ titleEn: "A" }]);
    expect(() => readImportFile('a,b\n"unclosed', "csv")).toThrow(ImportFileError);
    expect(() => readImportFile("{", "json")).toThrow(ImportFileError);
    expect(() => readImportFile("titleEn\n", "csv")).toThrow(/no rows/);
  });

  it("dry run reports per row and changes nothing; the real run creates drafts", async () => {
    const before = await roleCount();
    const dry = await importRoles(testDb(), admin, readImportFile(CSV, "csv"), { dryRun: true });
    expect(dry.counts).toEqual({ create: 3, update: 0, unchanged: 0, reject: 0 });
    expect(dry.rows.map((r) => r.slug)).toEqual(["ml-engineer-at-100-remote", "robot-whisperer", expect.stringMatching(/^role-[0-9a-f]{8}$/)]);
    expect(await roleCount()).toBe(before);

    const real = await importRoles(testDb(), admin, readImportFile(CSV, "csv"), { dryRun: false });
    expect(real).toMatchObject({ applied: true, counts: { create: 3 } });
    expect(await roleCount()).toBe(before + 3);
    const created = await testDb().role.findUniqueOrThrow({ where: { slug: "robot-whisperer" } });
    expect(created.status).toBe("DRAFT");
    expect(await testDb().auditEntry.count({ where: { entityId: created.id, action: "role.import" } })).toBe(1);

    // The same file again: the rows with a slug now update (unchanged), the ones without create new listings.
    const again = await importRoles(testDb(), admin, readImportFile(CSV, "csv"), { dryRun: true });
    expect(again.rows.map((r) => r.action)).toEqual(["create", "unchanged", "create"]);
  });

  it("is all-or-nothing: one rejected row and nothing is applied, with the reason per row", async () => {
    const before = await roleCount();
    const csv =
      "titleEn,titleZh,slug,tier\n" +
      "Good Row,,good-row,\n" +
      ",,,\n" +
      "Bad Tier,,bad-tier,expert\n" +
      "Dupe,,good-row,\n" +
      "Robot Whisperer,,robot-whisperer,\n";
    const report = await importRoles(testDb(), admin, readImportFile(csv, "csv"), { dryRun: false });
    expect(report.applied).toBe(false);
    expect(report.rows.map((r) => r.action)).toEqual(["create", "reject", "reject", "reject", "update"]);
    expect(report.rows[1]?.reasons.join()).toMatch(/title/);
    expect(report.rows[2]?.reasons.join()).toMatch(/tier/);
    expect(report.rows[3]?.reasons.join()).toMatch(/earlier row/);
    expect(await roleCount()).toBe(before);
    expect(await testDb().role.findUnique({ where: { slug: "good-row" } })).toBeNull();
  });

  it("rejects a row exported at an older version (someone changed the listing since)", async () => {
    const rows = await exportRoles(testDb(), admin);
    const row = rows.find((r) => r.slug === "robot-whisperer")!;
    await testDb().role.update({ where: { slug: "robot-whisperer" }, data: { summaryEn: "changed meanwhile", version: { increment: 1 } } });
    const report = await importRoles(testDb(), admin, [{ ...row, summaryEn: "from the file" }], { dryRun: true });
    expect(report.rows[0]).toMatchObject({ action: "reject", reasons: [expect.stringMatching(/version/)] });
  });

  it("exports CSV that imports back unchanged", async () => {
    const csv = toCsv(await exportRoles(testDb(), admin));
    expect(csv.startsWith("\uFEFFtitleEn,titleZh,slug")).toBe(true);
    const report = await importRoles(testDb(), admin, readImportFile(csv, "csv"), { dryRun: true });
    expect(report.counts.reject).toBe(0);
    expect(report.counts.create).toBe(0);
    expect(report.counts.update).toBe(0);
  });

  it("never erases a stored value with a blank cell or a missing column; `clear` empties a field on purpose", async () => {
    const live = await testDb().role.findUniqueOrThrow({ where: { slug: "data-detective" } });
    expect(live.status).toBe("PUBLISHED");
    expect(live.descriptionEn && live.descriptionZh && live.sourceName && live.tier && live.horizon).toBeTruthy();
    // The reported case: the row names a published slug and leaves description, source, tier and horizon blank.
    const csv =
      "slug,titleEn,titleZh,summaryEn,summaryZh,descriptionEn,descriptionZh,tier,horizon,sourceName\n" +
      `data-detective,Data Detective (renamed),,,,  ,,,,\n`;
    const dry = await importRoles(testDb(), admin, readImportFile(csv, "csv"), { dryRun: true });
    expect(dry.rows[0]).toMatchObject({ action: "update", live: true, changedFields: ["titleEn"] });
    expect(dry.rows[0]?.changes).toEqual([{ field: "titleEn", before: live.titleEn, after: "Data Detective (renamed)" }]);
    expect(dry.liveUpdates).toBe(1);

    const real = await importRoles(testDb(), admin, readImportFile(csv, "csv"), { dryRun: false });
    expect(real.applied).toBe(true);
    const after = await testDb().role.findUniqueOrThrow({ where: { slug: "data-detective" } });
    expect(after).toMatchObject({
      titleEn: "Data Detective (renamed)",
      titleZh: live.titleZh,
      summaryEn: live.summaryEn,
      summaryZh: live.summaryZh,
      descriptionEn: live.descriptionEn,
      descriptionZh: live.descriptionZh,
      tier: live.tier,
      horizon: live.horizon,
      sourceName: live.sourceName,
      version: live.version + 1,
    });
    // JSON: null and absent keys keep the stored value too.
    const json = await importRoles(testDb(), admin, [{ slug: "data-detective", descriptionEn: null, summaryZh: "" }], { dryRun: true });
    expect(json.rows[0]).toMatchObject({ action: "unchanged", changes: [] });

    // Emptying on purpose: named in `clear`, shown before → after, and audited.
    const clearCsv = 'slug,clear\ndata-detective,"descriptionEn, sourceName"\n';
    const clearing = await importRoles(testDb(), admin, readImportFile(clearCsv, "csv"), { dryRun: false });
    expect(clearing.rows[0]?.changes).toEqual([
      { field: "descriptionEn", before: live.descriptionEn, after: "" },
      { field: "sourceName", before: live.sourceName, after: "" },
    ]);
    const cleared = await testDb().role.findUniqueOrThrow({ where: { slug: "data-detective" } });
    expect([cleared.descriptionEn, cleared.sourceName, cleared.descriptionZh]).toEqual(["", null, live.descriptionZh]);
    const audit = await testDb().auditEntry.findFirstOrThrow({ where: { entityId: live.id, action: "role.import" }, orderBy: { id: "desc" } });
    expect(Object.keys(audit.changes as object).sort()).toEqual(["descriptionEn", "sourceName"]);

    // A `clear` that names an unknown or required field, or a field whose cell is filled, rejects the row.
    const bad = await importRoles(
      testDb(),
      admin,
      [
        { slug: "data-detective", clear: "summary" },
        { slug: "walker-talker", clear: ["slug"] },
        { slug: "digital-tailor", clear: "summaryEn", summaryEn: "new text" },
        { slug: "highway-controller", clear: "titleEn titleZh" },
      ],
      { dryRun: true },
    );
    expect(bad.rows.map((r) => r.action)).toEqual(["reject", "reject", "reject", "reject"]);
    expect(bad.rows[0]?.reasons.join()).toMatch(/"summary" is not a field/);
    expect(bad.rows[1]?.reasons.join()).toMatch(/"slug" cannot be emptied/);
    expect(bad.rows[2]?.reasons.join()).toMatch(/its cell has a value/);
    expect(bad.rows[3]?.reasons.join()).toMatch(/title/);
  });

  it("is for admins only", async () => {
    await expect(importRoles(testDb(), editor, [{ titleEn: "x" }], { dryRun: true })).rejects.toMatchObject({ status: 403 });
    await expect(exportRoles(testDb(), editor)).rejects.toMatchObject({ status: 403 });
  });
});

describe("import route and audit list (as an admin)", () => {
  afterAll(() => setSessionReaderForTests());
  const upload = (name: string, text: string, dryRun: boolean, origin?: string) => {
    const body = new FormData();
    body.set("file", new Blob([text]), name);
    body.set("dryRun", String(dryRun));
    return new NextRequest("http://localhost/api/admin/import", { method: "POST", body, headers: origin ? { origin } : {} });
  };

  it("answers a JSON dry run with the report, a rejected real run with 422, junk with 400, cross-site with 403", async () => {
    actAs(admin);
    const json = JSON.stringify([{ titleEn: "Json Route Role", slug: "json-route-role" }, { titleEn: "" }]);
    const dry = await importRoute(upload("roles.json", json, true));
    expect(dry.status).toBe(200);
    expect((await dry.json()).counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 1 });
    const real = await importRoute(upload("roles.json", json, false));
    expect(real.status).toBe(422);
    expect(await testDb().role.findUnique({ where: { slug: "json-route-role" } })).toBeNull();
    const junk = await importRoute(upload("roles.json", "{not json", false));
    expect(junk.status).toBe(400);
    expect((await junk.json()).error.message).toMatch(/JSON/);
    const cross = await importRoute(upload("roles.csv", "titleEn\nX\n", false, "https://evil.example"));
    expect(cross.status).toBe(403);
    const ok = await importRoute(upload("roles.csv", "titleEn,slug\nCsv Route Role,csv-route-role\n", false));
    expect(ok.status).toBe(200);
    expect(await testDb().role.findUnique({ where: { slug: "csv-route-role" } })).not.toBeNull();
  });

  it("filters the audit log by action, entity, actor and id", async () => {
    actAs(admin);
    const role = await testDb().role.findUniqueOrThrow({ where: { slug: "csv-route-role" } });
    const byId = await listAuditEntries({ id: role.id });
    expect(byId.entries.map((e) => [e.action, e.actorEmail])).toEqual([["role.import", admin.email]]);
    const byActor = await listAuditEntries({ actor: admin.email.toUpperCase(), action: "role.import", entity: "role" });
    expect(byActor.entries.length).toBeGreaterThan(3);
    expect(byActor.entries.every((e) => e.action === "role.import" && e.actorEmail === admin.email)).toBe(true);
    expect((await listAuditEntries({ entity: "staff", actor: admin.email })).entries).toEqual([]);
  });
});
