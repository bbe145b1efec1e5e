import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import {
  annualize,
  englishOpeningIssueMessage,
  OPENING_FIELDS,
  type OpeningField,
  type OpeningIssue,
  type OpeningIssueCode,
  openingFormValues,
  parseOpeningForm,
  translateOpeningIssues,
} from "@/lib/openings/form/schema";

/** A valid opening, flat as a form posts it. */
const VALID = {
  roleSlug: "data-detective",
  titleEn: "Data Analyst",
  employerName: "Example Corp",
  workplaceType: "on-site",
  locations: "Beijing, CN",
  employmentType: "full-time",
  applyUrl: "https://example.com/jobs/1",
  datePosted: "2026-11-01",
};

function errors(values: Record<string, unknown>) {
  const r = parseOpeningForm(values);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.input)}`);
  return r;
}
const codes = (values: Record<string, unknown>, field: OpeningField) => (errors(values).issues[field] ?? []).map((i) => i.code);
const ok = (values: Record<string, unknown>) => {
  const r = parseOpeningForm(values);
  if (!r.ok) throw new Error(`expected valid, got ${JSON.stringify(r.fieldErrors)}`);
  return r.input;
};

describe("openingFormSchema: a valid opening", () => {
  it("parses a minimal opening with defaults", () => {
    expect(ok(VALID)).toEqual({
      roleSlug: "data-detective",
      slug: "",
      titleEn: "Data Analyst",
      titleZh: "",
      descriptionEn: "",
      descriptionZh: "",
      employerName: "Example Corp",
      employerUrl: "",
      workplaceType: "on-site",
      locations: [{ city: "Beijing", country: "CN" }],
      remoteCountries: [],
      employmentType: "full-time",
      experienceLevel: null,
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
      salaryPeriod: null,
      salaryMonths: null,
      salaryText: "",
      applyUrl: "https://example.com/jobs/1",
      datePosted: "2026-11-01",
      validThrough: null,
      timeZone: "Asia/Shanghai",
      externalId: null,
    });
  });

  it("returns the fields in OPENING_FIELDS order", () => {
    expect(Object.keys(ok(VALID))).toEqual([...OPENING_FIELDS]);
  });

  it("parses a full opening, normalising case, numbers, lists and links", () => {
    const input = ok({
      ...VALID,
      slug: " Senior-Analyst ",
      titleZh: "数据分析师（北京）",
      descriptionEn: "## Role\r\n\r\nFind *patterns*.",
      employerUrl: "https://Example.com",
      workplaceType: "Hybrid",
      locations: "beijing, cn; Shanghai , cn\n深圳，CN",
      remoteCountries: "cn, us;jp",
      employmentType: "FULL-TIME",
      experienceLevel: "senior",
      salaryMin: "15,000",
      salaryMax: 30000,
      salaryCurrency: "cny",
      salaryPeriod: "month",
      salaryMonths: "14",
      salaryText: "15k-30k·14薪",
      applyUrl: "Jobs@Example.com",
      validThrough: "2026-12-01",
      timeZone: "asia/shanghai",
      externalId: "greenhouse:4012345",
    });
    expect(input).toMatchObject({
      slug: "senior-analyst",
      descriptionEn: "## Role\n\nFind *patterns*.",
      employerUrl: "https://example.com/",
      workplaceType: "hybrid",
      locations: [
        { city: "beijing", country: "CN" },
        { city: "Shanghai", country: "CN" },
        { city: "深圳", country: "CN" },
      ],
      remoteCountries: ["CN", "US", "JP"],
      employmentType: "full-time",
      experienceLevel: "senior",
      salaryMin: 15000,
      salaryMax: 30000,
      salaryCurrency: "CNY",
      salaryPeriod: "month",
      salaryMonths: 14,
      applyUrl: "mailto:Jobs@Example.com",
      validThrough: "2026-12-01",
      timeZone: "Asia/Shanghai",
      externalId: "greenhouse:4012345",
    });
  });

  it("accepts JSON arrays for locations (strings or objects) and remote countries, and numbers for salaries", () => {
    const input = ok({
      ...VALID,
      workplaceType: "remote",
      locations: [{ city: "London", country: "gb" }, "Paris, FR"],
      remoteCountries: ["GB", "fr", "GB"],
      salaryMin: 100000,
      salaryMax: 120000.5,
      salaryCurrency: "GBP",
      salaryPeriod: "year",
    });
    expect(input.locations).toEqual([
      { city: "London", country: "GB" },
      { city: "Paris", country: "FR" },
    ]);
    expect(input.remoteCountries).toEqual(["GB", "FR"]);
    expect(input.salaryMax).toBe(120000.5);
  });

  it("lets a remote opening have no location; remote countries empty means anywhere", () => {
    expect(ok({ ...VALID, workplaceType: "remote", locations: "" })).toMatchObject({ locations: [], remoteCountries: [] });
  });

  it("takes a Chinese title alone, and salary text alone (stated but not parsed)", () => {
    expect(ok({ ...VALID, titleEn: "", titleZh: "数据侦探", salaryText: "面议" })).toMatchObject({ titleZh: "数据侦探", salaryText: "面议", salaryMin: null });
  });

  it("tidies one-line fields: NBSP and bidi marks, keeps emoji ZWJ sequences", () => {
    const input = ok({ ...VALID, titleEn: "Data\u00A0Analyst\u202C \u200E– 100% & more 👩🏽\u200D💻", employerName: "\uFEFFExample\u200B Corp  " });
    expect(input.titleEn).toBe("Data Analyst – 100% & more 👩🏽\u200D💻");
    expect(input.employerName).toBe("Example Corp");
  });

  it("normalises to NFC and counts length in code points", () => {
    expect(ok({ ...VALID, titleEn: "Cafe\u0301" }).titleEn).toBe("Café");
    expect(ok({ ...VALID, titleEn: "😀".repeat(200) }).titleEn).toHaveLength(400);
    expect(codes({ ...VALID, titleEn: "😀".repeat(201) }, "titleEn")).toEqual(["tooLong"]);
  });

  it("dedupes locations and remote countries", () => {
    expect(ok({ ...VALID, locations: "Beijing, CN; beijing, cn", remoteCountries: "" }).locations).toEqual([{ city: "Beijing", country: "CN" }]);
  });
});

describe("openingFormSchema: refusals", () => {
  it("requires the required fields, each once", () => {
    const r = errors({});
    expect(Object.fromEntries(Object.entries(r.issues).map(([f, list]) => [f, list!.map((i) => i.code)]))).toEqual({
      roleSlug: ["required"],
      employerName: ["required"],
      workplaceType: ["required"],
      employmentType: ["required"],
      applyUrl: ["required"],
      datePosted: ["required"],
      titleEn: ["titleRequired"],
      titleZh: ["titleRequired"],
    });
  });

  it("refuses a non-object input as a whole, never throwing", () => {
    for (const v of [null, undefined, 42, "x", []]) expect(parseOpeningForm(v as never).ok).toBe(false);
  });

  it.each([
    ["roleSlug", "Data Detective", "roleSlugFormat"],
    ["roleSlug", "a--b", "roleSlugFormat"],
    ["roleSlug", "a".repeat(121), "roleSlugFormat"],
    ["slug", "-x", "slugFormat"],
    ["workplaceType", "office", "choice"],
    ["employmentType", "freelance", "choice"],
    ["experienceLevel", "junior", "choice"],
    ["salaryPeriod", "week", "choice"],
    ["titleEn", "Line one\nline two", "oneLine"],
    ["titleEn", "x".repeat(201), "tooLong"],
    ["titleEn", 42, "notText"],
    ["employerName", "x".repeat(201), "tooLong"],
    ["descriptionEn", "x".repeat(20_001), "tooLong"],
    ["salaryText", "x".repeat(101), "tooLong"],
    ["externalId", "x".repeat(201), "tooLong"],
    ["externalId", "a\nb", "oneLine"],
  ])("%s = %j → %s", (field, value, code) => {
    expect(codes({ ...VALID, [field]: value }, field as OpeningField)).toContain(code);
  });

  it("accepts a 20,000-character description and Markdown newlines", () => {
    expect(ok({ ...VALID, descriptionEn: "x".repeat(20_000) }).descriptionEn).toHaveLength(20_000);
  });

  it("refuses control characters, and calls C1 characters mis-encoded", () => {
    expect(errors({ ...VALID, titleEn: "Data\u0007Analyst" }).issues.titleEn).toEqual([{ code: "controlChar", field: "titleEn", found: "U+0007" }]);
    expect(errors({ ...VALID, descriptionEn: "students\u00e2\u0080\u0099 work" }).issues.descriptionEn?.[0]).toMatchObject({ code: "misencoded", found: "U+0080" });
    expect(codes({ ...VALID, employerName: "A\u0000B" }, "employerName")).toEqual(["controlChar"]);
    expect(codes({ ...VALID, locations: "Bei\u0001jing, CN" }, "locations")).toEqual(["controlChar"]);
    expect(codes({ ...VALID, salaryText: "15k\u001B" }, "salaryText")).toEqual(["controlChar"]);
  });

  it("keeps tabs and newlines in descriptions", () => {
    expect(ok({ ...VALID, descriptionEn: "a\tb\n\nc" }).descriptionEn).toBe("a\tb\n\nc");
  });

  describe("links", () => {
    it.each([
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "/jobs/1",
      "example.com/jobs",
      "//example.com/jobs",
      "https:example.com",
      "https://careers",
      "https://exa mple.com",
      "ftp://example.com/job",
      "mailto:",
      "mailto:not an address",
      "mailto:a@b.com?subject=x",
      "a@b",
      "http://",
    ])("refuses the apply link %j", (link) => {
      expect(codes({ ...VALID, applyUrl: link }, "applyUrl")).toEqual(["applyLink"]);
    });

    it("refuses credentials in a link", () => {
      expect(codes({ ...VALID, applyUrl: "https://user:pw@example.com/jobs" }, "applyUrl")).toEqual(["urlCredentials"]);
      expect(codes({ ...VALID, employerUrl: "https://user@example.com" }, "employerUrl")).toEqual(["urlCredentials"]);
    });

    it.each(["javascript:alert(1)", "data:text/html,x", "example.com", "/about"])("refuses the employer website %j", (link) => {
      expect(codes({ ...VALID, employerUrl: link }, "employerUrl")).toEqual(["url"]);
    });

    it("refuses links over 500 characters", () => {
      expect(codes({ ...VALID, applyUrl: `https://example.com/${"a".repeat(490)}` }, "applyUrl")).toEqual(["tooLong"]);
    });

    it.each([
      ["https://example.com/jobs/1?src=atlas#apply", "https://example.com/jobs/1?src=atlas#apply"],
      ["HTTP://EXAMPLE.COM/Jobs", "http://example.com/Jobs"],
      ["https://例え.jp/求人", "https://xn--r8jz45g.jp/%E6%B1%82%E4%BA%BA"],
      ["jobs@example.com", "mailto:jobs@example.com"],
      ["mailto:jobs@example.com", "mailto:jobs@example.com"],
      ["MAILTO:jobs@example.com", "mailto:jobs@example.com"],
    ])("accepts %j as %j", (link, stored) => {
      expect(ok({ ...VALID, applyUrl: link }).applyUrl).toBe(stored);
    });
  });

  describe("locations", () => {
    it("needs a location for on-site and hybrid openings", () => {
      expect(codes({ ...VALID, locations: "" }, "locations")).toEqual(["locationRequired"]);
      expect(codes({ ...VALID, workplaceType: "hybrid", locations: " ; " }, "locations")).toEqual(["locationRequired"]);
    });

    it("reports each bad entry with its number and text", () => {
      const r = errors({ ...VALID, locations: "Beijing, CN; Berlin; , DE; Paris, XX; London, UK" });
      expect(r.issues.locations).toEqual([
        { code: "locationFormat", field: "locations", index: 2, found: "Berlin" },
        { code: "cityRequired", field: "locations", index: 3, found: ", DE" },
        { code: "locationCountry", field: "locations", index: 4, found: "Paris, XX" },
        { code: "locationCountry", field: "locations", index: 5, found: "London, UK" },
      ]);
      expect(r.fieldErrors.locations?.[0]).toBe('Location 2 ("Berlin") must be "City, CC": a city, a comma and a two-letter country code');
    });

    it("refuses a 10,000-character city (and stays fast)", () => {
      const t = performance.now();
      const r = errors({ ...VALID, locations: `${"x".repeat(10_000)}, CN` });
      expect(r.issues.locations).toEqual([{ code: "cityTooLong", field: "locations", index: 1, max: 100 }]);
      expect(performance.now() - t).toBeLessThan(200);
    });

    it("accepts a 100-character city and splits at the last comma", () => {
      expect(ok({ ...VALID, locations: `${"é".repeat(100)}, FR` }).locations[0]?.city).toHaveLength(100);
      expect(ok({ ...VALID, locations: "Washington, D.C., US" }).locations).toEqual([{ city: "Washington, D.C.", country: "US" }]);
    });

    it("allows at most 20 locations", () => {
      const many = (n: number) => Array.from({ length: n }, (_, i) => `City ${i}, CN`).join("; ");
      expect(ok({ ...VALID, locations: many(20) }).locations).toHaveLength(20);
      expect(codes({ ...VALID, locations: many(21) }, "locations")).toEqual(["tooMany"]);
    });

    it("refuses locations that are neither text nor a list", () => {
      expect(codes({ ...VALID, locations: { city: "Beijing", country: "CN" } }, "locations")).toEqual(["notList"]);
      expect(codes({ ...VALID, locations: [42] }, "locations")).toEqual(["locationFormat"]);
    });
  });

  describe("remote countries", () => {
    it("are only for remote and hybrid openings", () => {
      expect(codes({ ...VALID, remoteCountries: "US" }, "remoteCountries")).toEqual(["remoteOnly"]);
      expect(ok({ ...VALID, workplaceType: "hybrid", remoteCountries: "US" }).remoteCountries).toEqual(["US"]);
    });

    it("must be assigned ISO codes", () => {
      expect(errors({ ...VALID, workplaceType: "remote", remoteCountries: "US UK XK" }).issues.remoteCountries).toEqual([
        { code: "countryCode", field: "remoteCountries", found: "UK" },
        { code: "countryCode", field: "remoteCountries", found: "XK" },
      ]);
    });
  });

  describe("salary", () => {
    const SALARY = { salaryMin: "15000", salaryMax: "30000", salaryCurrency: "CNY", salaryPeriod: "month" };

    it("refuses min > max", () => {
      expect(errors({ ...VALID, ...SALARY, salaryMin: "40000" }).issues.salaryMax).toEqual([{ code: "salaryOrder", field: "salaryMax" }]);
    });

    it("allows min = max, and either bound alone", () => {
      expect(ok({ ...VALID, ...SALARY, salaryMin: "30000" }).salaryMin).toBe(30000);
      expect(ok({ ...VALID, ...SALARY, salaryMax: "" })).toMatchObject({ salaryMin: 15000, salaryMax: null });
      expect(ok({ ...VALID, ...SALARY, salaryMin: "" })).toMatchObject({ salaryMin: null, salaryMax: 30000 });
    });

    it("refuses an unknown currency", () => {
      expect(errors({ ...VALID, ...SALARY, salaryCurrency: "XYZ" }).issues.salaryCurrency).toEqual([{ code: "currency", field: "salaryCurrency", found: "XYZ" }]);
      expect(codes({ ...VALID, ...SALARY, salaryCurrency: "RMB" }, "salaryCurrency")).toEqual(["currency"]);
      expect(codes({ ...VALID, ...SALARY, salaryCurrency: "¥" }, "salaryCurrency")).toEqual(["currency"]);
    });

    it.each(["15k", "-1", "1e5", "15 000", "1,5000", "15.000,00", "NaN", "Infinity", "0x10", "1000000001", "1,000,000,001"])("refuses the amount %j", (v) => {
      expect(codes({ ...VALID, ...SALARY, salaryMin: v, salaryMax: "" }, "salaryMin")).toEqual(["amount"]);
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY, -5, 1e10, true])("refuses the JSON amount %j", (v) => {
      expect(codes({ ...VALID, ...SALARY, salaryMax: v, salaryMin: "" }, "salaryMax")).toEqual(["amount"]);
    });

    it.each([
      ["0", 0],
      ["15000", 15000],
      ["15,000", 15000],
      ["1,000,000,000", 1e9],
      ["25.50", 25.5],
      [" 42 ", 42],
    ])("accepts the amount %j as %d", (v, n) => {
      expect(ok({ ...VALID, ...SALARY, salaryMin: v, salaryMax: "" }).salaryMin).toBe(n);
    });

    it("needs currency and period with an amount", () => {
      const r = errors({ ...VALID, salaryMin: "15000" });
      expect(r.issues.salaryCurrency).toEqual([{ code: "salaryIncomplete", field: "salaryCurrency" }]);
      expect(r.issues.salaryPeriod).toEqual([{ code: "salaryIncomplete", field: "salaryPeriod" }]);
    });

    it("refuses currency or period without an amount", () => {
      expect(codes({ ...VALID, salaryCurrency: "CNY" }, "salaryCurrency")).toEqual(["salaryAmountMissing"]);
      expect(codes({ ...VALID, salaryPeriod: "year" }, "salaryPeriod")).toEqual(["salaryAmountMissing"]);
      expect(codes({ ...VALID, salaryCurrency: "CNY", salaryPeriod: "year", salaryText: "面议" }, "salaryCurrency")).toEqual(["salaryAmountMissing"]);
    });

    it("says one thing per mistake: a bad amount does not also make currency 'without an amount'", () => {
      const r = errors({ ...VALID, ...SALARY, salaryMin: "abc", salaryMax: "" });
      expect(Object.keys(r.issues)).toEqual(["salaryMin"]);
    });

    it("months of pay: whole 12–24, only with a monthly salary", () => {
      expect(ok({ ...VALID, ...SALARY, salaryMonths: 13 }).salaryMonths).toBe(13);
      for (const v of ["11", "25", "13.5", "x", 12.5]) expect(codes({ ...VALID, ...SALARY, salaryMonths: v }, "salaryMonths")).toEqual(["months"]);
      expect(codes({ ...VALID, ...SALARY, salaryPeriod: "year", salaryMonths: "14" }, "salaryMonths")).toEqual(["monthsPeriod"]);
      expect(codes({ ...VALID, salaryMonths: "14" }, "salaryMonths")).toEqual(["monthsPeriod"]);
    });
  });

  describe("dates and time zone", () => {
    it("refuses validThrough before datePosted; the same day is fine", () => {
      expect(errors({ ...VALID, validThrough: "2026-10-31" }).issues.validThrough).toEqual([{ code: "dateOrder", field: "validThrough" }]);
      expect(ok({ ...VALID, validThrough: "2026-11-01" }).validThrough).toBe("2026-11-01");
    });

    it.each(["2026-02-29", "2026-13-01", "2026-11-31", "2026-1-5", "01/11/2026", "2026-11-01T00:00:00Z", "20261101"])("refuses the date %j", (d) => {
      expect(codes({ ...VALID, datePosted: d }, "datePosted")).toEqual(["date"]);
      expect(codes({ ...VALID, validThrough: d }, "validThrough")).toEqual(["date"]);
    });

    it("accepts 29 February in a leap year, and refuses dates outside 2000–2100", () => {
      expect(ok({ ...VALID, datePosted: "2028-02-29" }).datePosted).toBe("2028-02-29");
      expect(errors({ ...VALID, datePosted: "1999-12-31" }).issues.datePosted).toEqual([{ code: "dateRange", field: "datePosted", from: "2000-01-01", to: "2100-12-31" }]);
    });

    it.each(["Mars/Olympus", "+08:00", "UTC+8", "GMT+8", "CST", "EST", "PRC", "US/Eastern", "Etc/GMT-8", "Asia/Beijing", "Asia", "asia/", " "])(
      "refuses the time zone %j",
      (z) => {
        if (z.trim() === "") expect(ok({ ...VALID, timeZone: z }).timeZone).toBe("Asia/Shanghai");
        else expect(codes({ ...VALID, timeZone: z }, "timeZone")).toEqual(["timeZone"]);
      },
    );

    it.each([
      ["", "Asia/Shanghai"],
      ["UTC", "UTC"],
      ["utc", "UTC"],
      ["Europe/Berlin", "Europe/Berlin"],
      ["america/new_york", "America/New_York"],
      ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
      ["Asia/Kolkata", "Asia/Kolkata"],
    ])("accepts the time zone %j as %j", (z, stored) => {
      expect(ok({ ...VALID, timeZone: z }).timeZone).toBe(stored);
    });
  });

  it("reports every problem at once (fields and cross-field rules)", () => {
    const r = errors({
      ...VALID,
      salaryMin: "40000",
      salaryMax: "30000",
      salaryCurrency: "XYZ",
      salaryPeriod: "year",
      applyUrl: "javascript:alert(1)",
      validThrough: "2026-10-01",
      timeZone: "+08:00",
    });
    expect(Object.keys(r.issues).sort()).toEqual(["applyUrl", "salaryCurrency", "salaryMax", "timeZone", "validThrough"]);
  });
});

describe("issue messages", () => {
  const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "admin" });
  const zh = createTranslator({ locale: "zh", messages: MESSAGES.zh, namespace: "admin" });
  const enField = (f: OpeningField) => en(`openingFieldName.${f}`);
  const zhField = (f: OpeningField) => zh(`openingFieldName.${f}`);

  // One sample of every code, with the details its message uses.
  const SAMPLES: Record<OpeningIssueCode, OpeningIssue> = {
    notText: { code: "notText", field: "titleEn" },
    notList: { code: "notList", field: "locations" },
    tooLong: { code: "tooLong", field: "descriptionEn", max: 20_000 },
    controlChar: { code: "controlChar", field: "titleEn", found: "U+0007" },
    misencoded: { code: "misencoded", field: "descriptionEn", found: "U+0080" },
    oneLine: { code: "oneLine", field: "employerName" },
    required: { code: "required", field: "applyUrl" },
    roleSlugFormat: { code: "roleSlugFormat", field: "roleSlug", max: 120 },
    slugFormat: { code: "slugFormat", field: "slug", max: 120 },
    choice: { code: "choice", field: "workplaceType", choices: "on-site, hybrid, remote" },
    titleRequired: { code: "titleRequired", field: "titleEn" },
    url: { code: "url", field: "employerUrl" },
    urlCredentials: { code: "urlCredentials", field: "applyUrl" },
    applyLink: { code: "applyLink", field: "applyUrl" },
    locationFormat: { code: "locationFormat", field: "locations", index: 2, found: "Berlin" },
    cityRequired: { code: "cityRequired", field: "locations", index: 1, found: ", DE" },
    cityTooLong: { code: "cityTooLong", field: "locations", index: 1, max: 100 },
    locationCountry: { code: "locationCountry", field: "locations", index: 1, found: "London, UK" },
    tooMany: { code: "tooMany", field: "locations", max: 20 },
    locationRequired: { code: "locationRequired", field: "locations" },
    countryCode: { code: "countryCode", field: "remoteCountries", found: "UK" },
    remoteOnly: { code: "remoteOnly", field: "remoteCountries" },
    amount: { code: "amount", field: "salaryMin" },
    salaryOrder: { code: "salaryOrder", field: "salaryMax" },
    currency: { code: "currency", field: "salaryCurrency", found: "XYZ" },
    salaryIncomplete: { code: "salaryIncomplete", field: "salaryPeriod" },
    salaryAmountMissing: { code: "salaryAmountMissing", field: "salaryCurrency" },
    months: { code: "months", field: "salaryMonths", min: 12, max: 24 },
    monthsPeriod: { code: "monthsPeriod", field: "salaryMonths" },
    date: { code: "date", field: "datePosted" },
    dateRange: { code: "dateRange", field: "datePosted", from: "2000-01-01", to: "2100-12-31" },
    dateOrder: { code: "dateOrder", field: "validThrough" },
    timeZone: { code: "timeZone", field: "timeZone", found: "+08:00" },
  };

  it.each(Object.values(SAMPLES))("the English UI message of $code is the API's English message", (issue) => {
    const [ui] = translateOpeningIssues({ [issue.field]: [issue] }, en, enField)[issue.field]!;
    expect(ui).toBe(englishOpeningIssueMessage(issue));
  });

  it.each(Object.values(SAMPLES))("$code has a Chinese message naming the field in Chinese", (issue) => {
    const [msg] = translateOpeningIssues({ [issue.field]: [issue] }, zh, zhField)[issue.field]!;
    expect(msg).toMatch(/\p{Script=Han}/u);
    expect(msg).not.toMatch(/\{|\}/);
    if (issue.found) expect(msg).toContain(issue.found);
  });

  it("examples", () => {
    expect(englishOpeningIssueMessage(SAMPLES.tooLong)).toBe("English description must be at most 20,000 characters");
    expect(translateOpeningIssues({ salaryMax: [SAMPLES.salaryOrder] }, zh, zhField)).toEqual({ salaryMax: ["最低薪资不能高于最高薪资"] });
    expect(translateOpeningIssues({ applyUrl: [SAMPLES.required] }, zh, zhField)).toEqual({ applyUrl: ["请填写申请链接"] });
  });

  it("parseOpeningForm's fieldErrors are the English messages of its issues", () => {
    const r = errors({ ...VALID, applyUrl: "javascript:alert(1)", locations: "Berlin" });
    for (const [f, list] of Object.entries(r.issues)) expect(r.fieldErrors[f as OpeningField]).toEqual(list!.map(englishOpeningIssueMessage));
  });
});

describe("openingFormValues", () => {
  it("reads FormData, absent fields as empty", () => {
    const fd = new FormData();
    fd.set("titleEn", "Data Analyst");
    fd.set("salaryMin", "15000");
    fd.set("unknown", "x");
    const v = openingFormValues(fd);
    expect(Object.keys(v)).toEqual([...OPENING_FIELDS]);
    expect(v).toMatchObject({ titleEn: "Data Analyst", salaryMin: "15000", roleSlug: "" });
  });

  it("flattens JSON values: numbers, arrays; null and objects become empty", () => {
    const v = openingFormValues({
      salaryMin: 15000,
      locations: [{ city: "London", country: "GB" }, "Paris, FR"],
      remoteCountries: ["GB", "FR"],
      titleEn: null,
      titleZh: { x: 1 },
    });
    expect(v).toMatchObject({ salaryMin: "15000", locations: "London, GB\nParis, FR", remoteCountries: "GB FR", titleEn: "", titleZh: "" });
    expect(ok({ ...VALID, workplaceType: "hybrid", locations: v.locations, remoteCountries: v.remoteCountries })).toMatchObject({
      locations: [
        { city: "London", country: "GB" },
        { city: "Paris", country: "FR" },
      ],
      remoteCountries: ["GB", "FR"],
    });
  });
});

describe("annualize", () => {
  it.each([
    [50, "hour", null, 104_000],
    [800, "day", null, 208_000],
    [20_000, "month", null, 240_000],
    [20_000, "month", 14, 280_000],
    [20_000, "month", 12, 240_000],
    [300_000, "year", null, 300_000],
    [300_000, "year", 14, 300_000],
    [0, "month", 13, 0],
  ] as const)("%d per %s (months %s) → %d a year", (amount, period, months, yearly) => {
    expect(annualize(amount, period, months)).toBe(yearly);
  });

  it("defaults months to 12 and refuses nonsense", () => {
    expect(annualize(1000, "month")).toBe(12_000);
    expect(() => annualize(-1, "year")).toThrow(RangeError);
    expect(() => annualize(Number.NaN, "year")).toThrow(RangeError);
    expect(() => annualize(1, "week" as never)).toThrow(RangeError);
  });
});
