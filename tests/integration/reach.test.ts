import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as rolesRoute } from "@/app/api/roles/route";
import { GET as openApiRoute } from "@/app/api/openapi.json/route";
import { GET as atomRoute } from "@/app/atom.xml/route";
import { GET as rssRoute } from "@/app/feed.xml/route";
import robots from "@/app/robots";
import { sitemapEntries as sitemap, sitemapXml } from "@/lib/seo/sitemap";
import { listPublishedRoles } from "@/lib/roles/data";
import { apiSchemas } from "@/lib/api/openapi";
import { DEFAULT_ROLE_QUERY, QUERY_KEYS } from "@/lib/roles/query";
import { insertRole, resetCatalogue, testDb } from "../support/database";

const SITE = "https://atlas.example";
process.env.SITE_URL = SITE;

const req = (path: string) => new NextRequest(`http://localhost${path}`);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "item" || name === "entry" });
/** RFC 822 / RFC 1123 date as RSS 2.0 wants it, e.g. "Sun, 29 Nov 2026 13:00:00 GMT". */
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** RFC 3339 date-time as Atom wants it. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function xml(res: Response) {
  const text = await res.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text);
}

beforeAll(async () => {
  await resetCatalogue();
  // Markup characters in every text field, to prove escaping; published last, so first in the feeds.
  await insertRole({
    slug: "escape-check",
    titleEn: `Prompt <Engineer> & "Co" ]]>`,
    titleZh: "提示词 <工程师> & 合伙人",
    summaryEn: "Writes <b>bold</b> prompts & checks them.",
    tier: "MEDIUM_TO_HIGH",
    horizon: "FIVE_YEARS",
    publishedAt: new Date("2030-01-02T03:04:05.678Z"),
  });
  await insertRole({ slug: "draft-only", status: "DRAFT", publishedAt: null });
});

describe("RSS 2.0 feed (/feed.xml)", () => {
  it("is valid RSS, newest first, with RFC 822 dates equal to each role's listedAt, text escaped", async () => {
    const res = await rssRoute(req("/feed.xml"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const doc = await xml(res);
    expect(doc.rss["@version"]).toBe("2.0");
    const items = doc.rss.channel.item as { title: string; link: string; pubDate: string; description: string }[];
    const expected = await listPublishedRoles({ ...DEFAULT_ROLE_QUERY, sort: "newest" });
    expect(items.map((i) => i.link)).toEqual(expected.items.map((r) => `${SITE}/roles/${r.slug}`));
    expect(items.some((i) => i.link.endsWith("/draft-only"))).toBe(false);
    for (const [n, item] of items.entries()) {
      expect(item.pubDate).toMatch(RFC822);
      expect(new Date(item.pubDate).getTime()).toBe(Math.floor(Date.parse(expected.items[n]!.listedAt) / 1000) * 1000);
    }
    // RSS readers treat titles and descriptions as HTML: staff-typed markup arrives escaped, so it shows as text.
    expect(items[0]!.title).toBe(`Prompt &lt;Engineer&gt; &amp; "Co" ]]&gt; · 提示词 &lt;工程师&gt; &amp; 合伙人`);
    expect(items[0]!.description).toContain("Writes &lt;b&gt;bold&lt;/b&gt; prompts &amp; checks them.");
    expect(doc.rss.channel.lastBuildDate).toMatch(RFC822);
  });

  it("honours the browse page's filters and paging", async () => {
    const doc = await xml(await rssRoute(req("/feed.xml?tier=low-to-medium&horizon=10-year&pageSize=2")));
    const expected = await listPublishedRoles({ ...DEFAULT_ROLE_QUERY, tier: ["low-to-medium"], horizon: ["10-year"], sort: "newest", pageSize: 2 });
    const links = ((doc.rss.channel.item ?? []) as { link: string }[]).map((i) => i.link);
    expect(links).toEqual(expected.items.map((r) => `${SITE}/roles/${r.slug}`));
    expect(links.length).toBe(Math.min(2, expected.total));
    expect(doc.rss.channel.title).toContain("Low to medium");
  });

  it("answers an empty feed, not an error, when nothing matches", async () => {
    const doc = await xml(await rssRoute(req("/feed.xml?q=zzzz-no-such-role")));
    expect(doc.rss.channel.item ?? []).toEqual([]);
  });

  it.each([
    ["/feed.xml?tier=bogus", "tier"],
    ["/feed.xml?format=atom", "format"],
    ["/feed.xml?sort=title", "sort"],
    ["/feed.xml?page=0", "page"],
    ["/atom.xml?pageSize=101", "pageSize"],
  ])("refuses %s with 400 naming %s", async (path, parameter) => {
    const res = await (path.startsWith("/atom") ? atomRoute : rssRoute)(req(path));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.issues.map((i: { parameter: string }) => i.parameter)).toContain(parameter);
  });

  it("accepts sort=newest explicitly", async () => {
    expect((await rssRoute(req("/feed.xml?sort=newest"))).status).toBe(200);
  });
});

describe("Atom 1.0 feed (/atom.xml)", () => {
  it("is valid Atom with RFC 3339 dates, the same entries as the RSS feed", async () => {
    const res = await atomRoute(req("/atom.xml?tier=medium-to-high"));
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const doc = await xml(res);
    expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.feed.updated).toMatch(RFC3339);
    const entries = doc.feed.entry as { title: unknown; updated: string; published: string; id: string }[];
    const expected = await listPublishedRoles({ ...DEFAULT_ROLE_QUERY, tier: ["medium-to-high"], sort: "newest" });
    expect(entries.map((e) => e.id)).toEqual(expected.items.map((r) => `${SITE}/roles/${r.slug}`));
    for (const [n, e] of entries.entries()) {
      expect(e.updated).toMatch(RFC3339);
      expect(e.published).toMatch(RFC3339);
      expect(e.updated).toBe(expected.items[n]!.listedAt);
    }
    expect(doc.feed.updated).toBe(expected.items[0]!.listedAt);
  });

  it("has an author and plain-text constructs, so staff-typed markup stays text (issue 12, item 13)", async () => {
    const doc = await xml(await atomRoute(req("/atom.xml")));
    expect(doc.feed.author.name).toBe("AI Jobs Atlas editors");
    const first = (doc.feed.entry as { title: { "#text": string; "@type": string }; summary: { "#text": string; "@type": string } }[])[0]!;
    expect(first.title["@type"]).toBe("text");
    expect(first.title["#text"]).toBe(`Prompt <Engineer> & "Co" ]]> · 提示词 <工程师> & 合伙人`);
    expect(first.summary["@type"]).toBe("text");
    expect(first.summary["#text"]).toContain("Writes <b>bold</b> prompts & checks them.");
    expect(doc.feed.title["@type"]).toBe("text");
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("lists the browse page and every published, live role once per locale with its updatedAt as lastmod", async () => {
    await testDb().role.update({ where: { slug: "walker-talker" }, data: { deletedAt: new Date() } });
    const entries = await sitemap();
    const roles = await testDb().role.findMany({ where: { status: "PUBLISHED", deletedAt: null } });
    for (const locale of ["en", "zh"]) {
      const prefix = `${SITE}/${locale}/roles/`;
      const roleEntries = entries.filter((e) => e.url.startsWith(prefix));
      expect(roleEntries.map((e) => e.url).sort()).toEqual(roles.map((r) => `${prefix}${r.slug}`).sort());
      for (const r of roles) {
        const entry = roleEntries.find((e) => e.url === `${prefix}${r.slug}`);
        expect(entry?.lastModified).toBe(r.updatedAt.toISOString());
        // Each entry names both language versions (hreflang), itself included.
        expect(entry?.alternates?.languages).toEqual({
          en: `${SITE}/en/roles/${r.slug}`,
          "zh-CN": `${SITE}/zh/roles/${r.slug}`,
          "x-default": `${SITE}/roles/${r.slug}`,
        });
      }
    }
    // The browse page, /insights, /about/axes and /jobs, and every role (no openings in this test's database).
    expect(entries).toHaveLength(2 * (roles.length + 4));
    expect(entries.filter((e) => e.url.endsWith("/about/axes")).map((e) => e.url)).toEqual([`${SITE}/zh/about/axes`, `${SITE}/en/about/axes`]);
    // sitemaps.org 0.9: loc, lastmod, changefreq, priority in that order, alternates (another namespace) after.
    const doc = sitemapXml(entries);
    for (const url of doc.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
      const tags = [...url.matchAll(/<([a-z:]+)[ >]/g)].map((m) => m[1]).filter((t) => t !== "url");
      const firstLink = tags.indexOf("xhtml:link");
      expect(tags.slice(0, 4)).toEqual(["loc", "lastmod", "changefreq", "priority"]);
      expect(tags.slice(firstLink).every((t) => t === "xhtml:link")).toBe(true);
      expect(url).toContain('hreflang="x-default"');
    }
    expect(entries.some((e) => e.url.endsWith("/walker-talker") || e.url.endsWith("/draft-only"))).toBe(false);
    expect(entries.slice(0, 2).map((e) => e.url)).toEqual([`${SITE}/zh`, `${SITE}/en`]);
    await testDb().role.update({ where: { slug: "walker-talker" }, data: { deletedAt: null } });
  });

  it("keeps the admin, the API and sign-in out and names the sitemap", async () => {
    const r = await robots();
    const rule = Array.isArray(r.rules) ? r.rules[0] : r.rules;
    expect(rule?.disallow).toEqual(expect.arrayContaining(["/admin", "/api/", "/sign-in", "/zh/admin", "/en/admin", "/zh/sign-in", "/en/sign-in"]));
    expect(r.sitemap).toBe(`${SITE}/sitemap.xml`);
  });
});

describe("GET /api/openapi.json", () => {
  type Param = { name: string; in: string; schema: { type?: string; enum?: string[]; items?: { enum: string[] } } };

  async function documentedParameters(): Promise<Param[]> {
    const res = await openApiRoute();
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe("3.1.0");
    return doc.paths["/api/roles"].get.parameters as Param[];
  }

  /** A value the schema allows, for each documented parameter. */
  async function exampleValue(p: Param): Promise<string> {
    if (p.name === "cursor") {
      const first = await (await rolesRoute(req("/api/roles?pageSize=1"))).json();
      return first.nextCursor as string;
    }
    if (p.schema.items?.enum) return p.schema.items.enum[0]!;
    if (p.schema.enum) return p.schema.enum[0]!;
    if (p.name === "page" || p.name === "pageSize") return "2";
    return "data";
  }

  it("documents exactly the query contract's parameters", async () => {
    const params = await documentedParameters();
    expect(params.map((p) => p.name).sort()).toEqual([...QUERY_KEYS].sort());
    expect(params.every((p) => p.in === "query")).toBe(true);
    expect(params.find((p) => p.name === "tier")?.schema.items?.enum).toEqual(["low-to-medium", "medium-to-high", "unspecified"]);
  });

  it("every documented parameter, and every enum value, is accepted by GET /api/roles", async () => {
    for (const p of await documentedParameters()) {
      const values = p.schema.items?.enum ?? p.schema.enum ?? [await exampleValue(p)];
      for (const v of values) {
        const res = await rolesRoute(req(`/api/roles?${new URLSearchParams({ [p.name]: v })}`));
        expect(res.status, `${p.name}=${v}`).toBe(200);
        apiSchemas.roleListResult.parse(await res.json());
      }
    }
  });

  it("documents the real bounds: q of maxLength characters is accepted, one more refused", async () => {
    const q = (await documentedParameters()).find((p) => p.name === "q")!.schema as { maxLength: number };
    expect(q.maxLength).toBe(200);
    const at = (n: number) => rolesRoute(req(`/api/roles?${new URLSearchParams({ q: "数".repeat(n) })}`));
    expect((await at(q.maxLength)).status).toBe(200);
    expect((await at(q.maxLength + 1)).status).toBe(400);
  });

  it.each(["format", "limit", "offset", "lang", "Tier"])("an undocumented parameter (%s) is rejected with 400", async (name) => {
    const res = await rolesRoute(req(`/api/roles?${name}=1`));
    expect(res.status).toBe(400);
    apiSchemas.apiError.parse(await res.json());
  });
});

describe("400 answers for people (issue 12, item 26)", () => {
  it("say plainly what is wrong in `message`; the machine-readable `issues` keep the parameter and the precise text", async () => {
    for (const res of [await rolesRoute(req("/api/roles?tier=bogus&pageSize=0")), await rssRoute(req("/feed.xml?tier=bogus&pageSize=0"))]) {
      expect(res.status).toBe(400);
      const body = apiSchemas.apiError.parse(await res.json());
      expect(body.error.message).toBe(
        "Some parameters are not valid. The skill tier asked for is not one we use. The tiers are “Low to medium”, “Medium to high” and “Not specified”. " +
          "The number of results per page is not valid: it can be from 1 to 100.",
      );
      expect(body.error.issues).toEqual([
        { parameter: "tier", message: 'tier must be one of low-to-medium, medium-to-high, unspecified (got "bogus")' },
        { parameter: "pageSize", message: "pageSize must be a whole number from 1 to 100" },
      ]);
    }
  });
});
