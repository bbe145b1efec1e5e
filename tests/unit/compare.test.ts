import { describe, expect, it } from "vitest";
import { parseCompareQuery } from "@/lib/roles/compare";
import { cnyPerYear, ENTRY_LEVEL_PAY, usdPerYear } from "@/lib/insights/pay";

describe("parseCompareQuery", () => {
  it("accepts 2–4 distinct slugs in the order given, repeated or comma-separated", () => {
    expect(parseCompareQuery({ roles: ["b-role", "a-role"] })).toEqual({ ok: true, slugs: ["b-role", "a-role"] });
    expect(parseCompareQuery({ roles: "a,b,c" })).toEqual({ ok: true, slugs: ["a", "b", "c"] });
    expect(parseCompareQuery({ roles: ["a", "b", "c", "d"] })).toEqual({ ok: true, slugs: ["a", "b", "c", "d"] });
    expect(parseCompareQuery({ roles: ["a", "a", "b"] })).toEqual({ ok: true, slugs: ["a", "b"] });
  });

  it.each([
    [{}, /at least 2/],
    [{ roles: "a" }, /at least 2/],
    [{ roles: ["a", "a"] }, /at least 2/],
    [{ roles: ["a", "b", "c", "d", "e"] }, /at most 4/],
    [{ roles: ["a", "Not A Slug"] }, /"Not A Slug" is not a role slug/],
    [{ roles: ["a", "b"], tier: "x" }, /unknown parameter "tier"/],
  ])("refuses %j with a clear message", (params, message) => {
    const r = parseCompareQuery(params as Record<string, string | string[]>);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join("\n")).toMatch(message);
  });

  it("says what was asked for when it refuses: how many roles, which are not slugs, which parameters are unknown", () => {
    expect(parseCompareQuery({})).toMatchObject({ ok: false, count: 0, malformed: [], unknownParams: [] });
    expect(parseCompareQuery({ roles: ["a", "a"] })).toMatchObject({ ok: false, count: 1 });
    expect(parseCompareQuery({ roles: "a,b,c,d,e" })).toMatchObject({ ok: false, count: 5, malformed: [] });
    expect(parseCompareQuery({ roles: ["a", "Not A Slug"], tier: "x" })).toMatchObject({ ok: false, count: 2, malformed: ["Not A Slug"], unknownParams: ["tier"] });
  });
});

describe("entry-level pay figures", () => {
  it("are the article's five figures, transcribed exactly", () => {
    expect(ENTRY_LEVEL_PAY.map((f) => [f.companyZh, f.usdWan, f.cnyWan])).toEqual([
      ["亚马逊", 15.9, 115.9],
      ["谷歌", 18.4, 134.1],
      ["Meta", 17.9, 130.5],
      ["苹果", 14.2, 103.5],
      ["微软", 14.1, 102.8],
    ]);
    expect(ENTRY_LEVEL_PAY.map(usdPerYear)).toEqual([159_000, 184_000, 179_000, 142_000, 141_000]);
    expect(ENTRY_LEVEL_PAY.map(cnyPerYear)).toEqual([1_159_000, 1_341_000, 1_305_000, 1_035_000, 1_028_000]);
  });
});

describe("parseCompareQuery with hostile parameter names", () => {
  it("reports a parameter named like an inherited property instead of crashing", () => {
    // Next's searchParams object can merge `?toString=1` with the inherited function.
    const params = { roles: ["a-role", "b-role"], toString: [Object.prototype.toString, "1"] } as unknown as Record<string, string[]>;
    const r = parseCompareQuery(params);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.parameter)).toEqual(["toString"]);
  });
});
