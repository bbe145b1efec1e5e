import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/roles/markdown";
import { countryCodeFromName, countryName, COUNTRY_CODES, isCountryCode } from "@/lib/openings/form/countries";
import { parseOpeningForm } from "@/lib/openings/form/schema";
import { decodeEntities, htmlToText } from "@/lib/openings/import/html-text";
import { englishImportReason } from "@/lib/transfer/reasons";
import {
  checkRow,
  detectFormat,
  duplicateKeys,
  findDuplicates,
  isMostlyCjk,
  type OpeningRow,
  OpeningsFileError,
  readOpeningsFile,
} from "@/lib/openings/import/formats";
import { parsePlace, parsePlaces } from "@/lib/openings/form/places";
import { lagouRow, linkedinRow } from "@/lib/openings/import/sample-formats";
import { parseCsvRecords } from "@/lib/openings/import/formats";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/openings");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const valid = (row: OpeningRow) => {
  const r = checkRow(row);
  if (!r.ok) throw new Error(`${row.label}: ${r.reasons.map(englishImportReason).join("; ")}`);
  return r.input;
};
const reasons = (row: OpeningRow) => {
  const r = checkRow(row);
  if (r.ok) throw new Error(`${row.label} was accepted`);
  return r.reasons.map(englishImportReason);
};

describe("detectFormat", () => {
  it.each([
    ["greenhouse.json", "greenhouse"],
    ["greenhouse-no-jobs.json", "json"],
    ["lever.json", "lever"],
    ["openings.json", "json"],
    ["openings.csv", "csv"],
  ])("%s → %s", (file, format) => {
    expect(detectFormat(fixture(file), file)).toBe(format);
  });

  it("reads the content, not only the name, and never throws", () => {
    expect(detectFormat('{"jobs": []}')).toBe("greenhouse");
    expect(detectFormat('\uFEFF[{"text": "x", "createdAt": 1}]')).toBe("lever");
    expect(detectFormat("[{not json", "x.json")).toBe("json");
    expect(detectFormat("roleSlug,titleEn\n")).toBe("csv");
  });
});

describe("our CSV", () => {
  const file = readOpeningsFile(fixture("openings.csv"), "csv");

  it("skips the BOM, keeps quoted newlines, labels rows", () => {
    expect(file.rows).toHaveLength(3);
    expect(file.roleAssignment).toBe("row");
    expect(file.rows[0]!.label).toBe('row 1 "Data Analyst – 100% Remote & Async"');
    expect(file.rows[1]!.label).toBe('row 2 "边缘计算负责人"');
    expect(file.rows[1]!.values.locations).toBe("深圳, CN\n北京, CN");
  });

  it("turns valid rows into openings (NBSP, bidi marks tidied; emoji kept; salary parsed)", () => {
    const a = valid(file.rows[0]!);
    expect(a.titleEn).toBe("Data Analyst – 100% Remote & Async");
    expect(a.titleZh).toBe("数据分析师（远程）");
    expect(a.employerName).toBe("Example Corp");
    expect(a.descriptionEn).toContain("👩🏽\u200D💻");
    expect(a).toMatchObject({ salaryMin: 15000, salaryMax: 30000, salaryCurrency: "CNY", salaryMonths: 14, remoteCountries: ["CN", "US"], applyUrl: "mailto:jobs@example.com" });
    const b = valid(file.rows[1]!);
    expect(b.titleZh).toBe("边缘计算负责人");
    expect(b.locations).toEqual([
      { city: "深圳", country: "CN" },
      { city: "北京", country: "CN" },
    ]);
  });

  it("reports a bad row with every reason", () => {
    expect(reasons(file.rows[2]!)).toEqual([
      'locations: Location 1 ("Berlin") must be "City, CC": a city, a comma and a two-letter country code',
      'salaryCurrency: Salary currency: "XYZ" is not an ISO 4217 currency code such as CNY, USD or EUR',
      "applyUrl: Apply link must be a web address starting with http:// or https://, or an email address",
      'timeZone: Time zone must be an IANA zone name such as Asia/Shanghai or Europe/Berlin, or UTC; offsets like +08:00 and abbreviations like CST are not accepted (found "+08:00")',
      "salaryMax: Minimum salary must not be greater than the maximum salary",
      "validThrough: Valid through must not be before the date posted",
    ]);
  });

  it("refuses files that are not our CSV", () => {
    expect(() => readOpeningsFile('a,b\n"x', "csv")).toThrow(OpeningsFileError);
    expect(() => readOpeningsFile("title,company\nx,y\n", "csv")).toThrow(/none of the opening columns/);
    expect(() => readOpeningsFile("roleSlug,titleEn\n", "csv")).toThrow(/no rows/);
    expect(readOpeningsFile("roleSlug,titleEn,extra\nx,y,z\n", "csv").warnings).toEqual(["ignored columns: extra"]);
  });

  it("keeps each row's clear and version cells (for updates) and reads the export's state columns without a warning", () => {
    const f = readOpeningsFile("slug,titleEn,clear,version,status,deleted,publishedAt,createdAt,updatedAt\na,A,salaryText; descriptionEn,3,draft,false,,,\n", "csv");
    expect(f.warnings).toEqual([]);
    expect(f.rows[0]).toMatchObject({ clear: ["salaryText", "descriptionEn"], version: "3" });
    const j = readOpeningsFile(JSON.stringify({ openings: [{ slug: "a", clear: ["salaryText"], version: 2 }, { slug: "b" }] }), "json");
    expect(j.rows.map((r) => [r.clear, r.version])).toEqual([
      [["salaryText"], "2"],
      [[], ""],
    ]);
  });

  it("gives rows without a roleSlug the file's role, or the title rules' role", () => {
    const csv = "titleEn,employerName\nData Analyst,X\nML Engineer,Y\n";
    const byFile = readOpeningsFile(csv, "csv", { roleSlug: "data-detective" });
    expect(byFile.roleAssignment).toBe("file");
    expect(byFile.rows.map((r) => [r.values.roleSlug, r.role.source])).toEqual([
      ["data-detective", "file"],
      ["data-detective", "file"],
    ]);
    const byTitle = readOpeningsFile(csv, "csv", { roleByTitle: true });
    expect(byTitle.rows[0]!.role).toEqual({ source: "title-rule", rule: "data-detective" });
    expect(byTitle.rows[1]!.role).toMatchObject({ source: "none", rule: "ml-ai-engineering" });
    expect(reasons(byTitle.rows[1]!)[0]).toMatch(/^roleSlug: no role for this title: ML\/AI engineering/);
    expect(() => readOpeningsFile(csv, "csv", { roleSlug: "x", roleByTitle: true })).toThrow(/not both/);
  });
});

describe("our JSON", () => {
  const file = readOpeningsFile(fixture("openings.json"), "json");

  it("accepts { openings: [...] } with numbers and arrays", () => {
    expect(valid(file.rows[0]!)).toMatchObject({
      locations: [
        { city: "London", country: "GB" },
        { city: "Paris", country: "FR" },
      ],
      remoteCountries: ["GB"],
      salaryMin: 120000,
      externalId: "987654",
    });
  });

  it("refuses a value of the wrong JSON type instead of reading it as empty", () => {
    expect(file.rows[1]!.errors.map(englishImportReason)).toEqual(["titleEn: must be text"]);
    expect(checkRow(file.rows[1]!).ok).toBe(false);
  });

  it("accepts a bare array and refuses other shapes", () => {
    expect(readOpeningsFile('[{"titleEn": "x"}]', "json").rows).toHaveLength(1);
    expect(readOpeningsFile("[42]", "json").rows[0]!.errors.map(englishImportReason)).toEqual(["the row is not a JSON object"]);
    expect(() => readOpeningsFile('{"roles": []}', "json")).toThrow(/array of openings/);
    expect(() => readOpeningsFile("{", "json")).toThrow(/not valid JSON/);
    expect(() => readOpeningsFile("[]", "json")).toThrow(/no rows/);
  });
});

describe("Greenhouse", () => {
  const file = readOpeningsFile(fixture("greenhouse.json"), "greenhouse", { roleByTitle: true });
  const [analyst, zh, mlRemote, trust, intern] = file.rows as [OpeningRow, OpeningRow, OpeningRow, OpeningRow, OpeningRow];

  it("refuses a file without `jobs`", () => {
    expect(() => readOpeningsFile(fixture("greenhouse-no-jobs.json"), "greenhouse")).toThrow("Greenhouse file has no `jobs` array");
    expect(() => readOpeningsFile("[]", "greenhouse")).toThrow("Greenhouse file has no `jobs` array");
  });

  it("maps a job: title, unescaped and converted content, location, apply link, first_published date, id", () => {
    const o = valid(analyst);
    expect(analyst.label).toBe('Greenhouse job 4012345 "Data Analyst – Growth & Retention (100% data)"');
    expect(o).toMatchObject({
      roleSlug: "data-detective",
      titleEn: "Data Analyst – Growth & Retention (100% data)",
      employerName: "Example Corp",
      workplaceType: "on-site",
      locations: [{ city: "New York", country: "US" }],
      employmentType: "full-time",
      applyUrl: "https://boards.greenhouse.io/examplecorp/jobs/4012345",
      datePosted: "2026-11-02",
      externalId: "greenhouse:4012345",
    });
    expect(o.descriptionEn).toBe(
      [
        "About us",
        "",
        "We build tools for 100% of teams & their data\u00A0pipelines 👩🏽\u200D💻.",
        "",
        "## What you'll do",
        "",
        "- Investigate \\*anomalies\\* in \\<weekly\\> reports",
        "- Explain findings",
        "",
        "Apply [here](<https://example.com/apply?id=1&src=gh>) or not here.",
        "",
        "We are an equal opportunity employer. All qualified applicants will receive consideration.",
      ].join("\n"),
    );
    expect(o.descriptionEn).not.toMatch(/script|alert|javascript/);
    expect(file.rows.map((r) => r.role.source)).toEqual(["title-rule", "title-rule", "none", "title-rule", "title-rule"]);
  });

  it("files a mostly Chinese title (and its description) as Chinese; the import supplies what Greenhouse lacks", () => {
    expect(zh.values.titleZh).toBe("数据分析师（用户增长）");
    expect(zh.values.descriptionZh).toContain("负责用户增长数据分析");
    expect(reasons(zh)).toEqual(["employerName: Employer is required", "employmentType: Employment type is required"]);
    const withDefaults = readOpeningsFile(fixture("greenhouse.json"), "greenhouse", { roleByTitle: true, employerName: "示例公司", employmentType: "full-time" });
    expect(valid(withDefaults.rows[1]!)).toMatchObject({ employerName: "示例公司", locations: [{ city: "上海", country: "CN" }], datePosted: "2026-11-21" });
  });

  it("reads remote and hybrid, and reports what it could not place", () => {
    expect(mlRemote.values).toMatchObject({ workplaceType: "remote", locations: "", remoteCountries: "US" });
    expect(mlRemote.role.reason).toMatch(/ML\/AI engineering/);
    expect(trust.values).toMatchObject({ workplaceType: "hybrid", locations: "London, GB", roleSlug: "chief-trust-officer" });
    expect(intern.values.employmentType).toBe("internship");
    expect(intern.notes).toContain('location: "Springfield" names no country');
    expect(reasons(intern)).toContain('locations: Location 1 ("Springfield") must be "City, CC": a city, a comma and a two-letter country code');
    expect(reasons(intern)).toContain("datePosted: Date posted is required");
  });

  it("warns when jobs were fetched without content", () => {
    const f = readOpeningsFile('{"jobs": [{"id": 1, "title": "x"}]}', "greenhouse");
    expect(f.warnings[0]).toMatch(/content=true/);
  });
});

describe("Lever", () => {
  const file = readOpeningsFile(fixture("lever.json"), "lever", { roleByTitle: true, employerName: "Example GmbH" });
  const [analyst, edge, traffic] = file.rows as [OpeningRow, OpeningRow, OpeningRow];

  it("maps a posting: salary range, workplace, commitment, lists, createdAt (ms) as a date in the zone", () => {
    expect(valid(analyst)).toMatchObject({
      roleSlug: "data-detective",
      titleEn: "Senior Data Analyst (Risk)",
      employerName: "Example GmbH",
      workplaceType: "hybrid",
      locations: [{ city: "Berlin", country: "DE" }],
      employmentType: "full-time",
      salaryMin: 60000,
      salaryMax: 80000,
      salaryCurrency: "EUR",
      salaryPeriod: "year",
      applyUrl: "https://jobs.lever.co/example/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply",
      datePosted: "2025-12-01",
      externalId: "lever:5ac21346-8e0c-4494-8e7a-3eb92ff77902",
    });
    expect(valid(analyst).descriptionEn).toContain("## Requirements\n\n- SQL\n- Curiosity & care");
    const ny = readOpeningsFile(fixture("lever.json"), "lever", { roleByTitle: true, employerName: "X", timeZone: "America/New_York" });
    expect(ny.rows[0]!.values.datePosted).toBe("2025-11-30");
  });

  it("maps Intern to internship, and leaves a per-week salary out with a note", () => {
    expect(valid(edge)).toMatchObject({ employmentType: "internship", workplaceType: "remote", salaryMin: null, roleSlug: "master-of-edge-computing" });
    expect(edge.notes[0]).toMatch(/per-week-salary/);
  });

  it("refuses createdAt given as a string", () => {
    expect(traffic.errors.map(englishImportReason)).toEqual(['createdAt must be a number of milliseconds (found "2026-12-01")']);
    expect(reasons(traffic)[0]).toBe('createdAt must be a number of milliseconds (found "2026-12-01")');
    expect(traffic.values).toMatchObject({ employmentType: "part-time", workplaceType: "on-site", locations: "Toronto, CA" });
  });

  it("refuses a file that is not an array", () => {
    expect(() => readOpeningsFile('{"postings": []}', "lever")).toThrow(/JSON array of postings/);
  });
});

describe("duplicates", () => {
  const base = parseOpeningForm({
    roleSlug: "data-detective",
    titleEn: "Data Analyst",
    employerName: "Example Corp",
    workplaceType: "on-site",
    locations: "Beijing, CN; Shanghai, CN",
    employmentType: "full-time",
    applyUrl: "https://example.com/1",
    datePosted: "2026-11-01",
  });
  if (!base.ok) throw new Error("fixture");
  const a = base.input;

  it("same externalId, or same folded title + employer + locations + date", () => {
    expect(duplicateKeys({ ...a, externalId: "greenhouse:1" })[0]).toBe("id:greenhouse:1");
    const dups = findDuplicates([
      { label: "r1", input: a },
      { label: "r2", input: { ...a, titleEn: "data  analyst!", employerName: "EXAMPLE corp", locations: [...a.locations].reverse() } },
      { label: "r3", input: { ...a, datePosted: "2026-11-02" } },
      { label: "r4", input: { ...a, datePosted: "2026-11-03", externalId: "x:1" } },
      { label: "r5", input: { ...a, titleEn: "Other", externalId: "x:1" } },
    ]);
    expect(dups).toEqual([
      { label: "r2", duplicateOf: "r1", by: "content" },
      { label: "r5", duplicateOf: "r4", by: "externalId" },
    ]);
  });
});

describe("htmlToText", () => {
  it("keeps structure, drops markup and scripts, escapes Markdown", () => {
    expect(htmlToText("<h1>Title</h1><p>a <b>b</b> c</p><ol><li>one</li><li>two<ul><li>x</li></ul></li></ol><p>1. not a list *x*</p>")).toBe(
      "## Title\n\na b c\n\n1. one\n2. two\n   - x\n\n1\\. not a list \\*x\\*",
    );
    expect(htmlToText('<script>alert(1)</script><style>p{}</style><iframe src="x"></iframe><!-- c -->ok')).toBe("ok");
    expect(htmlToText('<img src=x onerror="alert(1)">&lt;script&gt;')).toBe("\\<script\\>");
    expect(htmlToText('<a href="javascript:alert(1)">click</a> <a href="https://x.example/a b">y</a> <a href="https://x.example/">https://x.example/</a>')).toBe(
      "click y <https://x.example/>",
    );
    expect(htmlToText("a<br>b<br/>c")).toBe("a\nb\nc");
    expect(htmlToText("<table><tr><td>a</td><td>b</td></tr></table>")).toBe("a · b");
    expect(htmlToText("a < b, c<d")).toBe("a \\< b, c\\<d");
    expect(htmlToText("<p title='x > y'>t</p>")).toBe("t");
    expect(htmlToText("")).toBe("");
  });

  it("renders through the site's Markdown as the structure it had, with the text literal", () => {
    const md = htmlToText(decodeEntities(JSON.parse(fixture("greenhouse.json")).jobs[0].content));
    const html = renderToStaticMarkup(createElement(Markdown, null, md));
    expect(html).toContain("<h2>What you&#x27;ll do</h2>");
    expect(html).toContain("<li>Investigate *anomalies* in &lt;weekly&gt; reports</li>");
    expect(html).toContain('<a href="https://example.com/apply?id=1&amp;src=gh"');
    expect(html).not.toMatch(/<script|javascript:|alert/);
    const tricky = renderToStaticMarkup(createElement(Markdown, null, htmlToText("<p># not a heading</p><p>- not a list</p><p>&amp;lt;b&amp;gt; [x](javascript:alert(1))</p>")));
    expect(tricky).not.toMatch(/<h\d|<ul|<a /);
    expect(tricky).toContain("&amp;lt;b&amp;gt; [x](javascript:alert(1))");
  });

  it("stays linear on hostile input", () => {
    const t = performance.now();
    htmlToText('<a x="'.repeat(100_000));
    htmlToText("<a".repeat(100_000));
    htmlToText("<!--".repeat(100_000));
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it("decodes entities like HTML does", () => {
    expect(decodeEntities("&amp;lt;p&amp;gt; &lt;p&gt; &#x1F680; &#128640; &eacute; &nbsp; &#150; &#0; &bogus; &amp")).toBe(
      "&lt;p&gt; <p> 🚀 🚀 é \u00A0 – \uFFFD &bogus; &amp",
    );
  });
});

describe("places", () => {
  it.each([
    ["San Francisco, CA", { kind: "city", city: "San Francisco", country: "US" }],
    ["New York, NY", { kind: "city", city: "New York", country: "US" }],
    ["London, United Kingdom", { kind: "city", city: "London", country: "GB" }],
    ["London, UK", { kind: "city", city: "London", country: "GB" }],
    ["Paris, FR", { kind: "city", city: "Paris", country: "FR" }],
    ["Toronto, ON", { kind: "city", city: "Toronto", country: "CA" }],
    ["Toronto, ON, Canada", { kind: "city", city: "Toronto", country: "CA" }],
    ["München, Deutschland", { kind: "unplaced" }],
    ["北京", { kind: "city", city: "北京", country: "CN" }],
    ["Beijing, 中国", { kind: "city", city: "Beijing", country: "CN" }],
    ["Singapore", { kind: "city", city: "Singapore", country: "SG" }],
    ["San Francisco Bay Area", { kind: "city", city: "San Francisco Bay Area", country: "US" }],
    ["Texas, United States", { kind: "city", city: "Texas", country: "US" }],
    ["United States", { kind: "country", country: "US" }],
    ["Remote", { kind: "remote", country: null }],
    ["Remote - US", { kind: "remote", country: "US" }],
    ["Remote (Canada)", { kind: "remote", country: "CA" }],
    ["US Remote", { kind: "remote", country: "US" }],
    ["London", { kind: "unplaced" }],
    ["Atlanta, Georgia", { kind: "unplaced" }],
    ["Greater Springfield Area", { kind: "unplaced" }],
  ])("%j", (text, place) => {
    expect(parsePlace(text)).toMatchObject(place);
  });

  it("says when a code was read as a US state", () => {
    expect(parsePlace("Berlin, DE")).toMatchObject({ country: "US", note: '"DE" read as a US state, not the country DE' });
    expect(parsePlace("San Francisco, CA")).not.toHaveProperty("note");
  });

  it("splits several places and uses a default country for bare cities", () => {
    expect(parsePlaces("New York, NY; London, UK | Remote").map((p) => p.kind)).toEqual(["city", "city", "remote"]);
    expect(parsePlace("Berlin", "DE")).toEqual({ kind: "city", city: "Berlin", country: "DE" });
  });
});

describe("countries", () => {
  it("has the 249 assigned codes, names in English and Chinese", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountryCode("GB")).toBe(true);
    for (const c of ["UK", "XK", "EU", "gb", "ZZ"]) expect(isCountryCode(c)).toBe(false);
    expect(countryName("DE", "en")).toBe("Germany");
    expect(countryName("DE", "zh")).toBe("德国");
    expect(countryName("CN", "zh")).toBe("中国");
  });

  it("reads names and aliases", () => {
    expect(countryCodeFromName("Germany")).toBe("DE");
    expect(countryCodeFromName("德国")).toBe("DE");
    expect(countryCodeFromName("united states of america")).toBe("US");
    expect(countryCodeFromName("Côte d’Ivoire")).toBe("CI");
    expect(countryCodeFromName("cote d'ivoire")).toBe("CI");
    expect(countryCodeFromName("Czech Republic")).toBe("CZ");
    expect(countryCodeFromName("EMEA")).toBe(null);
    expect(countryCodeFromName("")).toBe(null);
  });
});

describe("isMostlyCjk", () => {
  it.each([
    ["数据分析（ＣＲＭ）", true],
    ["BI 数据分析师 - Analyst", true],
    ["Senior Data Analyst", false],
    ["Machine Learning Engineer, 北京", false],
    ["AI Engineer, 北京", true],
    ["", false],
  ])("%j → %s", (s, v) => {
    expect(isMostlyCjk(s)).toBe(v);
  });
});

describe("sample mappers (synthetic look-alikes of the LinkedIn and Lagou files)", () => {
  const linkedin = parseCsvRecords(fixture("linkedin-like.csv"));
  const lagou = parseCsvRecords(fixture("lagou-like.csv"));

  it("read the BOM-headed files", () => {
    expect(Object.keys(linkedin[0]!)[0]).toBe("title");
    expect(Object.keys(lagou[0]!)[0]).toBe("positionName");
  });

  it("LinkedIn: title words decide the workplace; a country-only location becomes a remote country", () => {
    const { values, notes } = linkedinRow(linkedin[0]!);
    expect(values).toMatchObject({ titleEn: "ML Engineer (100% Remote)", workplaceType: "remote", locations: "", remoteCountries: "US", employmentType: "full-time", experienceLevel: "senior", datePosted: "2024-05-29", applyUrl: "" });
    expect(notes[0]).toMatch(/from the title/);
    expect(values.descriptionEn).toContain("\u202C");
  });

  it("LinkedIn: what the source lacks stays blank and is refused, or comes from explicit stand-ins", () => {
    const row = linkedin[1]!;
    const strict = linkedinRow(row);
    expect(strict.values).toMatchObject({ workplaceType: "", datePosted: "", applyUrl: "", locations: "New York, US", employmentType: "contract", experienceLevel: "entry" });
    const r = parseOpeningForm({ ...strict.values, roleSlug: "data-detective" });
    expect(r.ok ? [] : Object.keys(r.issues)).toEqual(["workplaceType", "applyUrl", "datePosted"]);
    const filled = linkedinRow(row, { applyUrlFallback: "https://apply.example.invalid/", datePostedFallback: "2024-06-01", workplaceTypeFallback: "on-site" });
    expect(parseOpeningForm({ ...filled.values, roleSlug: "data-detective" }).ok).toBe(true);
  });

  it("LinkedIn: levels, contract types, metro areas and unplaceable areas", () => {
    const senior = linkedinRow(linkedin[3]!);
    expect(senior.values).toMatchObject({ workplaceType: "hybrid", locations: "San Francisco Bay Area, US", experienceLevel: "lead", employmentType: "" });
    expect(senior.values.titleEn).toBe("Senior Data Analyst\u00A0– Onsite");
    const quantum = linkedinRow(linkedin[4]!);
    expect(quantum.values).toMatchObject({ employmentType: "internship", experienceLevel: "", locations: "Greater Springfield Area", employerName: "Qubit & Co" });
  });

  it("Lagou: salary, level, nature, city; entities decoded; full-width brackets kept", () => {
    const a = lagouRow(lagou[0]!);
    expect(a.values).toMatchObject({
      titleZh: "数据分析（ＣＲＭ）",
      employerName: "北京示例科技有限公司（分公司）",
      locations: "北京, CN",
      workplaceType: "on-site",
      salaryMin: "15000",
      salaryMax: "30000",
      salaryCurrency: "CNY",
      salaryPeriod: "month",
      salaryText: "15k-30k",
      experienceLevel: "mid",
      employmentType: "full-time",
      datePosted: "",
      applyUrl: "",
    });
    expect(lagouRow(lagou[1]!).values).toMatchObject({ titleZh: "数据分析助理（校招&实习生）", salaryMin: "4000", salaryMax: "5000", experienceLevel: "entry", employmentType: "internship" });
    expect(lagouRow(lagou[2]!).values).toMatchObject({ titleEn: "Senior Data Analyst", titleZh: "", salaryMax: "40000", experienceLevel: "senior" });
    const stated = lagouRow(lagou[3]!);
    expect(stated.values).toMatchObject({ salaryMin: "", salaryText: "15k以上", experienceLevel: "" });
    expect(stated.notes[0]).toMatch(/kept as stated/);
  });

  it("Lagou: with stand-ins the rows parse, and repeated rows are duplicates", () => {
    const opts = { applyUrlFallback: "https://apply.example.invalid/", datePostedFallback: "2019-06-30" };
    const parsed = lagou.map((r, i) => {
      const p = parseOpeningForm({ ...lagouRow(r, opts).values, roleSlug: "data-detective" });
      if (!p.ok) throw new Error(JSON.stringify(p.fieldErrors));
      return { label: `row ${i + 1}`, input: p.input };
    });
    expect(findDuplicates(parsed)).toEqual([{ label: "row 5", duplicateOf: "row 1", by: "content" }]);
  });
});
