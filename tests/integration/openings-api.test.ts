import Validator from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";
import { XMLParser } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openingRoute } from "@/app/api/openings/[slug]/route";
import { GET as openingsRoute } from "@/app/api/openings/route";
import { GET as atomRoute } from "@/app/jobs-atom.xml/route";
import { GET as rssRoute } from "@/app/jobs-feed.xml/route";
import { getPublishedOpening } from "@/lib/openings/data";
import { openingApiSchemas } from "@/lib/openings/openapi";
import { jobPostingJsonLd } from "@/lib/openings/seo";
import { apiSchemas, openApiDocument } from "@/lib/api/openapi";
import { jsonLdText } from "@/lib/roles/seo";
import { insertOpening, resetCatalogue } from "../support/database";

// The public openings API, feeds and JobPosting markup against real Postgres: answers match the OpenAPI schemas,
// bad parameters are 400 in the error shape (never 500), and the JobPosting passes the JobPosting rules of
// @adobe/structured-data-validator (Google's required and recommended properties).

process.env.SITE_URL = "https://atlas.example";
const get = (path: string) => new NextRequest(`http://localhost${path}`);
const ctx = (slug: string) => ({ params: Promise.resolve({ slug }) });

beforeAll(async () => {
  await resetCatalogue();
  const far = "2099-12-31";
  await insertOpening("data-detective", {
    slug: "api-analyst",
    titleEn: "Data Analyst <script>alert(1)</script>",
    titleZh: "数据分析师",
    descriptionEn: "Find the **story** in the data.\n\n- SQL\n- Python",
    employerName: "Acme & Sons",
    employerUrl: "https://acme.example",
    locations: [{ city: "上海", country: "CN" }],
    salaryMin: 15000,
    salaryMax: 30000,
    salaryCurrency: "CNY",
    salaryPeriod: "MONTH",
    salaryMonths: 14,
    salaryText: "15k-30k·14薪",
    validThrough: far,
  });
  await insertOpening("data-detective", { slug: "api-remote", titleEn: "Remote Detective", workplaceType: "REMOTE", locations: [], remoteCountries: ["US"], validThrough: far });
  await insertOpening("data-detective", { slug: "api-anywhere", titleEn: "Anywhere Detective", workplaceType: "REMOTE", locations: [], validThrough: far });
  await insertOpening("data-detective", { slug: "api-closed", titleEn: "Closed one", datePosted: "2025-01-01", validThrough: "2025-02-01" });
});

describe("GET /api/openings", () => {
  it("answers the documented shape, and the same items as the data function", async () => {
    const res = await openingsRoute(get("/api/openings?city=%E4%B8%8A%E6%B5%B7"));
    expect(res.status).toBe(200);
    const body = openingApiSchemas.openingListResult.parse(await res.json());
    expect(body.items.map((i) => i.slug)).toEqual(["api-analyst"]);
    expect(body.items[0]?.salary).toEqual({ min: 15000, max: 30000, currency: "CNY", period: "month", months: 14, text: "15k-30k·14薪" });
  });

  it.each([
    "/api/openings?cursor=eyJzIjogInRpdGxlIiwgImsiOiBbIlx1MDAwMCIsICJ4Il0sICJwIjogMn0",
    "/api/openings?salaryMin=100",
    "/api/openings?salaryMin=-1&currency=CNY",
    "/api/openings?city=" + "x".repeat(10_000),
    "/api/openings?posted=2",
    "/api/openings?q=%00",
    "/api/openings?sort=salary",
    "/api/openings?whatever=1",
  ])("%s → 400 with the parameter named", async (path) => {
    const res = await openingsRoute(get(path));
    expect(res.status).toBe(400);
    const body = apiSchemas.apiError.parse(await res.json());
    expect(body.error.issues?.length).toBeGreaterThan(0);
  });
});

describe("GET /api/openings/[slug]", () => {
  it("answers an opening, a closed one without its apply link, 404 for others, 400 for parameters", async () => {
    const ok = await openingRoute(get("/api/openings/api-analyst"), ctx("api-analyst"));
    expect(openingApiSchemas.openingDetail.parse(await ok.json())).toMatchObject({ expired: false, applyUrl: "https://jobs.example/apply" });
    const closed = openingApiSchemas.openingDetail.parse(await (await openingRoute(get("/api/openings/api-closed"), ctx("api-closed"))).json());
    expect(closed).toMatchObject({ expired: true, applyUrl: null });
    expect((await openingRoute(get("/api/openings/nope"), ctx("nope"))).status).toBe(404);
    expect((await openingRoute(get("/api/openings/%00"), ctx("\u0000"))).status).toBe(404);
    expect((await openingRoute(get("/api/openings/api-analyst?x=1"), ctx("api-analyst"))).status).toBe(400);
  });
});

describe("openings feeds", () => {
  it("list current openings newest first and refuse other sorts", async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const rss = await rssRoute(get("/jobs-feed.xml"));
    expect(rss.headers.get("content-type")).toMatch(/rss\+xml/);
    const items = parser.parse(await rss.text()).rss.channel.item as { link: string }[];
    expect(items.map((i) => i.link.replace(/^.*\/jobs\//, ""))).toEqual(["api-remote", "api-anywhere", "api-analyst"]);
    const atom = parser.parse(await (await atomRoute(get("/jobs-atom.xml?workplace=remote"))).text());
    expect(atom.feed.author.name).toBeTruthy();
    expect([atom.feed.entry].flat()).toHaveLength(2);
    expect((await rssRoute(get("/jobs-feed.xml?sort=salary&currency=CNY"))).status).toBe(400);
  });
});

describe("JobPosting JSON-LD", () => {
  it("passes the JobPosting rules of @adobe/structured-data-validator, on-site and remote", async () => {
    for (const slug of ["api-analyst", "api-remote", "api-anywhere"]) {
      const o = (await getPublishedOpening(slug))!;
      const data = jobPostingJsonLd(o, `https://atlas.example/en/jobs/${slug}`, "en", "AI Jobs Atlas");
      const html = `<html><head><script type="application/ld+json">${jsonLdText(data)}</script></head><body></body></html>`;
      const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(html);
      expect(extracted.jsonld.JobPosting).toHaveLength(1);
      const issues = await new Validator().validate(extracted);
      expect(issues.filter((i) => i.severity === "ERROR")).toEqual([]);
      // The only warnings allowed are recommended fields that do not apply: the remote-work fields on an on-site
      // posting, and pay where the posting states none.
      const notApplicable = new Set([
        ...(o.workplaceType === "remote" ? [] : ["applicantLocationRequirements", "jobLocationType"]),
        ...(o.salary ? [] : ["baseSalary"]),
      ]);
      const warnings = issues.filter((i) => !i.fieldNames.every((f) => notApplicable.has(f)));
      expect(warnings).toEqual([]);
    }
    const o = (await getPublishedOpening("api-analyst"))!;
    const data = jobPostingJsonLd(o, "https://atlas.example/zh/jobs/api-analyst", "zh", "AI 岗位图谱");
    expect(data).toMatchObject({
      title: "数据分析师",
      validThrough: "2099-12-31T15:59:59Z",
      employmentType: "FULL_TIME",
      hiringOrganization: { name: "Acme & Sons", sameAs: "https://acme.example" },
      jobLocation: { address: { addressLocality: "上海", addressCountry: "CN" } },
      baseSalary: { currency: "CNY", value: { minValue: 15000, maxValue: 30000, unitText: "MONTH" } },
      identifier: { value: "api-analyst" },
      directApply: false,
    });
    // The markup can never close its script element.
    expect(jsonLdText(jobPostingJsonLd(o, "u", "en", "x"))).not.toContain("</script>");
  });
});

describe("OpenAPI", () => {
  it("documents the openings routes with parameters from the parsing schema", () => {
    const doc = openApiDocument("https://atlas.example");
    const params = (doc.paths["/api/openings"] as { get: { parameters: { name: string }[] } }).get.parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(["city", "workplace", "salaryMin", "currency", "period", "salaryUnknown", "posted", "q", "cursor"]));
    expect(doc.paths).toHaveProperty("/api/openings/{slug}");
    expect(doc.paths).toHaveProperty("/jobs-feed.xml");
  });
});

describe("OpenAPI agrees with the parsers (issue 12, item 15)", () => {
  it("declares page and pageSize bounds, operationIds and tags, and no credentials", async () => {
    const doc = openApiDocument("https://atlas.example");
    type Op = { operationId?: string; tags?: string[]; parameters?: { name: string; schema: Record<string, unknown> }[] };
    const ops = Object.values(doc.paths).map((p) => (p as { get: Op }).get);
    expect(ops.every((o) => o.operationId && o.tags?.length)).toBe(true);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    expect(doc.security).toEqual([]);
    const declared = new Set(doc.tags.map((t) => t.name));
    expect(ops.every((o) => o.tags!.every((t) => declared.has(t)))).toBe(true);
    const roleParams = ops[0]!.parameters!;
    expect(roleParams.find((p) => p.name === "pageSize")?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
    expect(roleParams.find((p) => p.name === "page")?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100_000 });
    const openingParams = (doc.paths["/api/openings"] as { get: Op }).get.parameters!;
    expect(openingParams.find((p) => p.name === "salaryMin")?.schema).toMatchObject({ type: "integer", minimum: 0, maximum: 1_000_000_000 });
  });

  it("refuses a query parameter on /api/roles/<slug>, as documented", async () => {
    const { GET } = await import("@/app/api/roles/[slug]/route");
    const res = await GET(get("/api/roles/data-detective?x=1"), ctx("data-detective"));
    expect(res.status).toBe(400);
  });
});
