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

describe("URL-parameter issues on pages (localizeIssue)", () => {
  it("keeps the API's precise text on English pages and explains the parameter in Chinese", async () => {
    const { localizeIssue } = await import("@/lib/roles/issue-messages");
    const { parseRoleQuery } = await import("@/lib/roles/query");
    const parsed = parseRoleQuery({ tier: "bogus", page: "0", sort: "random", extra: "1" });
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.map((i) => i.parameter).sort()).toEqual(["extra", "page", "sort", "tier"]);
    for (const issue of issues) {
      expect(localizeIssue(issue, "en")).toEqual({ text: issue.message, lang: "en" });
      const zh = localizeIssue(issue, "zh");
      expect(zh.lang).toBe("zh-CN");
      // Chinese text (at least one CJK ideograph) with the limits filled in, never the English message.
      expect(zh.text).toMatch(/\p{Script=Han}/u);
      expect(zh.text).not.toContain(issue.message);
    }
    expect(localizeIssue(issues.find((i) => i.parameter === "page")!, "zh").text).toContain("100,000");
    expect(localizeIssue(issues.find((i) => i.parameter === "extra")!, "zh").text).toBe("此处不使用这个参数，请删除它。");
  });
});
