import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/roles/markdown";
import { openingSortFieldValue } from "@/lib/openings/constants";
import { ARTICLE, articleCounts } from "@/lib/roles/axes";
import { COMPARE_MAX } from "@/lib/roles/compare";
import { COMPARE_MAX_TICKED } from "@/lib/roles/compare-store";
import { SORT_CHOICES, sortFieldValue } from "@/lib/roles/constants";

// Issue 12: items 22 (Markdown lists), 23 (the sort field a no-JS form submits) and 27 (the article's facts on the
// axes page). The browser-level checks are in tests/e2e/rough-edges.spec.ts.

describe("Markdown lists (item 22)", () => {
  it("render with their markers styled back in, for bullets and numbers", () => {
    const html = renderToStaticMarkup(createElement(Markdown, null, "- one\n- two\n\n1. first\n2. second\n"));
    expect(html).toMatch(/<ul class="[^"]*\blist-disc\b[^"]*\bpl-6\b/);
    expect(html).toMatch(/<ol class="[^"]*\blist-decimal\b[^"]*\bpl-6\b/);
    expect(html.match(/<li>/g)).toHaveLength(4);
  });
});

describe("the sort a filter form shows and submits (item 23)", () => {
  it("is empty (best match: no sort sent) while the query uses its keyword's default order", () => {
    expect(sortFieldValue("title", "")).toBe("");
    expect(sortFieldValue("relevance", "data")).toBe("");
    expect(sortFieldValue("title", "data")).toBe("title");
    expect(sortFieldValue("newest", "")).toBe("newest");
    expect(SORT_CHOICES).not.toContain("relevance");
    expect(openingSortFieldValue("newest", "")).toBe("");
    expect(openingSortFieldValue("relevance", "analyst")).toBe("");
    expect(openingSortFieldValue("newest", "analyst")).toBe("newest");
    expect(openingSortFieldValue("salary", "")).toBe("salary");
  });
});

describe("the stored compare selection (item 21)", () => {
  it("holds as many roles as the compare page compares", () => {
    expect(COMPARE_MAX_TICKED).toBe(COMPARE_MAX);
  });
});

describe("the article behind both axes (item 27)", () => {
  it("lists 21 roles: 11 low-to-medium, 9 medium-to-high, one without a tier; 8 within 5 years, 6 within 10, 7 without", () => {
    const c = articleCounts();
    expect(c.total).toBe(21);
    expect(c.tier).toEqual({ "low-to-medium": 11, "medium-to-high": 9, unspecified: 1 });
    expect(c.horizon).toEqual({ "5-year": 8, "10-year": 6, unspecified: 7 });
    expect(c.noTier.map((r) => r.titleZh)).toEqual(["基因多样化官"]);
    expect(ARTICLE.url).toBe("https://blog.csdn.net/zz12345600354/article/details/139915828");
    expect(new Date(ARTICLE.date).toISOString()).toBe("2024-12-28T07:16:23.000Z");
  });
});
