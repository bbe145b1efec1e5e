import { describe, expect, it } from "vitest";
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_ROLE_QUERY,
  MAX_PAGE_SIZE,
  parseRoleQuery,
  roleQueryString,
  roleQueryToSearchParams,
} from "@/lib/roles/query";
import { decodeCursor, encodeCursor } from "@/lib/roles/cursor";
import { searchTerms } from "@/lib/search/terms";

const parse = (qs: string) => parseRoleQuery(new URLSearchParams(qs));
const params = (qs: string) => {
  const r = parse(qs);
  return r.ok ? [] : r.issues.map((i) => i.parameter);
};

describe("parseRoleQuery", () => {
  it("gives the defaults for an empty query", () => {
    const r = parse("");
    expect(r).toEqual({
      ok: true,
      query: { tier: [], horizon: [], q: "", exact: false, page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: "title", cursor: null, titleOrder: "en" },
    });
  });

  it("reads repeated tier and horizon as multi-select, deduplicated in canonical order", () => {
    const r = parse("tier=unspecified&tier=low-to-medium&tier=unspecified&horizon=10-year&horizon=5-year");
    expect(r.ok && r.query.tier).toEqual(["low-to-medium", "unspecified"]);
    expect(r.ok && r.query.horizon).toEqual(["5-year", "10-year"]);
  });

  it("accepts Next's searchParams object shape as well as URLSearchParams", () => {
    const r = parseRoleQuery({ tier: ["medium-to-high", "unspecified"], q: "数据", page: "2", sort: "newest", pageSize: undefined });
    expect(r).toEqual({
      ok: true,
      query: { tier: ["medium-to-high", "unspecified"], horizon: [], q: "数据", exact: false, page: 2, pageSize: DEFAULT_PAGE_SIZE, sort: "newest", cursor: null, titleOrder: "en" },
    });
  });

  it("treats empty values as absent (a GET form always sends q)", () => {
    expect(parse("q=&page=&tier=&sort=")).toEqual({ ok: true, query: DEFAULT_ROLE_QUERY });
  });

  it("normalises whitespace in the keyword and keeps punctuation as typed", () => {
    const r = parse(`q=${encodeURIComponent("  50%\t_off  'x' \"y\"  ")}`);
    expect(r.ok && r.query.q).toBe(`50% _off 'x' "y"`);
  });

  it.each([
    ["tier=bogus", "tier"],
    ["horizon=15-year", "horizon"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=1.5", "page"],
    ["page=1e3", "page"],
    ["page=abc", "page"],
    ["page=99999999999999999999", "page"],
    ["page=100001", "page"],
    ["pageSize=0", "pageSize"],
    [`pageSize=${MAX_PAGE_SIZE + 1}`, "pageSize"],
    ["pageSize=%20", "pageSize"],
    ["sort=price", "sort"],
    ["page=1&page=2", "page"],
    ["q=a&q=b", "q"],
    ["sort=title&sort=title", "sort"],
    ["q=%00", "q"],
    ["q=a%1Fb", "q"],
    [`q=${"字".repeat(201)}`, "q"],
    ["utm_source=x", "utm_source"],
  ])("rejects %s naming the parameter %s", (qs, parameter) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    expect(params(qs)).toEqual([parameter]);
    if (!r.ok) {
      expect(r.query).toEqual(DEFAULT_ROLE_QUERY);
      expect(r.issues[0]?.message).toContain(parameter);
    }
  });

  it("accepts a keyword of exactly 200 characters, counted as characters not UTF-16 units", () => {
    expect(parse(`q=${"😀".repeat(200)}`).ok).toBe(true);
  });

  it("names every invalid parameter at once", () => {
    expect(params("tier=x&page=0&pageSize=1000&sort=no&foo=1")).toEqual(["tier", "page", "pageSize", "sort", "foo"]);
  });

  it("never throws, whatever the input", () => {
    const nasty = ["%", "q=%E0%A4%A", "q=\uD800", "=&=&&", "tier[]=1", "__proto__=1", "constructor=x", `${"a".repeat(10_000)}=1`];
    for (const s of nasty) expect(() => parse(s)).not.toThrow();
    expect(parse("__proto__=1").ok).toBe(false);
  });
});

describe("roleQueryToSearchParams", () => {
  it("round-trips through parseRoleQuery and leaves out defaults", () => {
    const query = { tier: ["medium-to-high" as const], horizon: ["unspecified" as const], q: "a&b=c", exact: false, page: 3, pageSize: 50, sort: "newest" as const, cursor: null, titleOrder: "en" as const };
    const sp = roleQueryToSearchParams(query);
    expect(parseRoleQuery(sp)).toEqual({ ok: true, query });
    const exact = { ...query, exact: true };
    expect(roleQueryToSearchParams(exact).get("exact")).toBe("1");
    expect(parseRoleQuery(roleQueryToSearchParams(exact))).toEqual({ ok: true, query: exact });
    expect(roleQueryString(DEFAULT_ROLE_QUERY)).toBe("");
    expect(roleQueryString({ ...DEFAULT_ROLE_QUERY, tier: ["low-to-medium", "unspecified"] })).toBe(
      "?tier=low-to-medium&tier=unspecified",
    );
  });
});

describe("sort", () => {
  it("defaults to relevance while a keyword is set, to title otherwise", () => {
    expect(parse("q=data").ok && (parse("q=data") as { query: { sort: string } }).query.sort).toBe("relevance");
    expect((parse("") as { query: { sort: string } }).query.sort).toBe("title");
    expect((parse("q=data&sort=newest") as { query: { sort: string } }).query.sort).toBe("newest");
  });

  it("falls back to title for relevance without a keyword, and leaves default sorts out of links", () => {
    const r = parse("sort=relevance");
    expect(r.ok && r.query.sort).toBe("title");
    expect(roleQueryString({ ...DEFAULT_ROLE_QUERY, q: "x", sort: "relevance" })).toBe("?q=x");
    expect(roleQueryString({ ...DEFAULT_ROLE_QUERY, q: "x", sort: "title" })).toBe("?q=x&sort=title");
    expect(roleQueryString({ ...DEFAULT_ROLE_QUERY, q: "", sort: "relevance" })).toBe("");
  });
});

describe("cursor", () => {
  it("refuses a decoded cursor with control characters in its keys (the reported 500), for every sort", () => {
    const reported = "eyJzIjogInRpdGxlIiwgImsiOiBbIlx1MDAwMCIsICJ4Il0sICJwIjogMn0";
    expect(decodeCursor(reported)).toBeNull();
    expect(parseRoleQuery({ cursor: reported })).toMatchObject({ ok: false, issues: [{ parameter: "cursor" }] });
    const forged = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString("base64url");
    for (const c of ["\u0000", "a\u001fb", "\u007f", "\u0085"]) {
      expect(decodeCursor(forged({ s: "title", k: [c, "x"], p: 2 }))).toBeNull();
      expect(decodeCursor(forged({ s: "newest", k: ["2026-01-01T00:00:00Z", c], p: 2 }))).toBeNull();
      expect(decodeCursor(forged({ s: "relevance", k: [0, c, "x"], p: 2 }))).toBeNull();
    }
    expect(decodeCursor(forged({ s: "title", k: ["数据 detective", "x"], p: 2 }))).not.toBeNull();
  });

  const cursor = encodeCursor({ sort: "title", key: ["data detective", "data-detective"], page: 2 });

  it("round-trips and carries the page it leads to", () => {
    expect(decodeCursor(cursor)).toEqual({ sort: "title", key: ["data detective", "data-detective"], page: 2 });
    const r = parse(`cursor=${cursor}`);
    expect(r.ok && r.query.page).toBe(2);
    expect(r.ok && r.query.cursor?.key).toEqual(["data detective", "data-detective"]);
    expect(roleQueryString(r.ok ? r.query : DEFAULT_ROLE_QUERY)).toBe(`?cursor=${cursor}`);
  });

  it.each([
    ["garbage", "cursor=not-a-cursor!"],
    ["valid base64 of the wrong shape", `cursor=${Buffer.from('{"s":"title","k":[1],"p":2}').toString("base64url")}`],
    ["a cursor of another sort", `cursor=${cursor}&sort=newest`],
    ["cursor together with page", `cursor=${cursor}&page=2`],
    ["an overlong cursor", `cursor=${"A".repeat(600)}`],
  ])("rejects %s", (_label, qs) => {
    expect(params(qs)).toEqual(["cursor"]);
  });
});

describe("searchTerms", () => {
  it("splits on any white space after NFKC and drops duplicates", () => {
    expect(searchTerms("AI\u3000医疗 AI")).toEqual(["AI", "医疗"]);
    expect(searchTerms("ＡＩ")).toEqual(["AI"]);
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
  });
});
