import { describe, expect, it } from "vitest";
import { bilingual } from "@/lib/i18n/content";
import { localeAlternates, localePath } from "@/lib/i18n/metadata";
import { describeFilters } from "@/lib/roles/describe";
import { DEFAULT_ROLE_QUERY } from "@/lib/roles/query";

describe("bilingual role fields", () => {
  it("puts the page's language first and the other beside it, with lang tags", () => {
    expect(bilingual("Data Detective", "数据侦探", "zh")).toEqual({
      primary: { text: "数据侦探", locale: "zh", lang: "zh-CN", fallback: false },
      secondary: { text: "Data Detective", locale: "en", lang: "en", fallback: false },
    });
    expect(bilingual("Data Detective", "数据侦探", "en").primary?.text).toBe("Data Detective");
  });

  it("falls back to the other language, marked, when the page's language is empty or blank", () => {
    expect(bilingual("", "数据侦探", "en")).toEqual({ primary: { text: "数据侦探", locale: "zh", lang: "zh-CN", fallback: true }, secondary: null });
    expect(bilingual("Data Detective", "  ", "zh").primary).toMatchObject({ text: "Data Detective", fallback: true });
    expect(bilingual("", "", "zh")).toEqual({ primary: null, secondary: null });
  });
});

describe("locale URLs and hreflang", () => {
  it("prefixes paths, keeping the query and dropping the home page's slash", () => {
    expect(localePath("zh", "/")).toBe("/zh");
    expect(localePath("en", "/?tier=low-to-medium")).toBe("/en?tier=low-to-medium");
    expect(localePath("zh", "/roles/data-detective")).toBe("/zh/roles/data-detective");
  });

  it("gives a canonical in the page's locale and an alternate per locale plus x-default", () => {
    expect(localeAlternates("zh", "/roles/x?tier=low-to-medium")).toEqual({
      canonical: "/zh/roles/x?tier=low-to-medium",
      languages: { "zh-CN": "/zh/roles/x?tier=low-to-medium", en: "/en/roles/x?tier=low-to-medium", "x-default": "/roles/x?tier=low-to-medium" },
    });
  });
});

describe("describeFilters", () => {
  it("names the filters in each language with a locale-aware 'or' list", () => {
    const query = { ...DEFAULT_ROLE_QUERY, tier: ["low-to-medium", "medium-to-high"] as const, q: "数据" };
    expect(describeFilters({ ...query, tier: [...query.tier] }, "en")).toBe("tier: Low to medium or Medium to high; keyword “数据”");
    expect(describeFilters({ ...query, tier: [...query.tier] }, "zh")).toBe("技术含量：低到中等或中到高等；关键词“数据”");
    expect(describeFilters(DEFAULT_ROLE_QUERY, "zh")).toBe("");
  });
});

describe("URL-parameter issues said plainly (localizeIssue, localizeOpeningIssue, the API's message)", () => {
  // What a reader must never see: the contract's identifiers and raw values.
  const RAW = /pageSize|salaryMin|salaryUnknown|sort=|low-to-medium|medium-to-high|5-year|10-year|unspecified|`/;

  it("explains every role parameter in both languages without parameter names or raw values", async () => {
    const { localizeIssue, plainIssuesMessage } = await import("@/lib/roles/issue-messages");
    const { parseRoleQuery } = await import("@/lib/roles/query");
    const parsed = parseRoleQuery({ tier: "bogus", horizon: "never", q: "a\u0000b", page: "0", pageSize: "x", sort: "random", cursor: "zz", extra: "1" });
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.map((i) => i.parameter).sort()).toEqual(["cursor", "extra", "horizon", "page", "pageSize", "q", "sort", "tier"]);
    for (const issue of issues) {
      const en = localizeIssue(issue, "en");
      const zh = localizeIssue(issue, "zh");
      expect(en.lang).toBe("en");
      expect(zh.lang).toBe("zh-CN");
      for (const text of [en.text, zh.text]) {
        expect(text, issue.parameter).not.toMatch(RAW);
        expect(text).not.toContain(issue.message);
      }
      expect(zh.text).toMatch(/\p{Script=Han}/u);
      expect(zh.text, issue.parameter).not.toMatch(/[a-z]/);
    }
    expect(localizeIssue(issues.find((i) => i.parameter === "page")!, "zh").text).toContain("100,000");
    expect(localizeIssue(issues.find((i) => i.parameter === "tier")!, "en").text).toContain("Medium to high");
    expect(localizeIssue(issues.find((i) => i.parameter === "extra")!, "zh").text).toBe("链接中含有本页不使用的设置。");
    // The API's human message: plain English, each problem once; the precise issues stay beside it.
    const message = plainIssuesMessage(issues);
    expect(message).toMatch(/^Some parameters are not valid\. /);
    expect(message).toContain("The skill tier asked for is not one we use.");
    expect(message).not.toMatch(RAW);
  });

  it("explains every openings parameter in both languages without parameter names or raw values", async () => {
    const { localizeOpeningIssue, plainOpeningIssuesMessage } = await import("@/lib/openings/issue-messages");
    const { OPENING_QUERY_KEYS } = await import("@/lib/openings/constants");
    for (const parameter of [...OPENING_QUERY_KEYS, "extra"]) {
      const issue = { parameter, message: `${parameter} is wrong` };
      const en = localizeOpeningIssue(issue, "en");
      const zh = localizeOpeningIssue(issue, "zh");
      expect(en.text, parameter).not.toMatch(RAW);
      expect(zh.text, parameter).not.toMatch(RAW);
      expect(zh.text, parameter).not.toMatch(/[a-z]/);
      expect(zh.text).toMatch(/\p{Script=Han}/u);
    }
    expect(plainOpeningIssuesMessage([{ parameter: "posted", message: "x" }, { parameter: "posted", message: "y" }])).toBe(
      "Some parameters are not valid. The posting date asked for is not one we offer: within 1, 7 or 30 days.",
    );
  });
});
