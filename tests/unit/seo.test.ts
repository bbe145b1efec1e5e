import { describe, expect, it } from "vitest";
import { jsonLdText, occupationJsonLd } from "@/lib/roles/seo";
import type { RoleDetail } from "@/lib/roles/types";

const role: RoleDetail = {
  slug: "data-detective",
  titleEn: "Data Detective",
  titleZh: "数据侦探",
  tier: "medium-to-high",
  horizon: "5-year",
  summaryEn: "Finds what data hides.",
  summaryZh: "发现数据背后的故事。",
  descriptionEn: "",
  descriptionZh: "",
  contentOrigin: "editorial",
  sourceName: null,
  publishedAt: null,
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("occupationJsonLd", () => {
  it("is an Occupation (never a JobPosting) with the shown name, the other language's as alternateName", () => {
    const url = "https://x.example/en/roles/data-detective";
    const ld = occupationJsonLd(role, url, "en");
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "Occupation",
      name: "Data Detective",
      alternateName: "数据侦探",
      description: "Finds what data hides. 发现数据背后的故事。",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url, url, inLanguage: "en" },
    });
  });

  it("on a Chinese page names the Chinese title first, as the page shows it", () => {
    const ld = occupationJsonLd(role, "https://x.example/zh/roles/data-detective", "zh");
    expect(ld).toMatchObject({
      name: "数据侦探",
      alternateName: "Data Detective",
      description: "发现数据背后的故事。 Finds what data hides.",
      mainEntityOfPage: { inLanguage: "zh-CN" },
    });
  });

  it("uses the Chinese name when there is no English one, and leaves out what is empty", () => {
    const ld = occupationJsonLd({ ...role, titleEn: "", summaryEn: "", summaryZh: "" }, "u", "en");
    expect(ld.name).toBe("数据侦探");
    expect(ld).not.toHaveProperty("alternateName");
    expect(ld).not.toHaveProperty("description");
  });
});

describe("jsonLdText", () => {
  it("cannot close the script element and still parses back to the same value", () => {
    const value = { name: "</script><script>alert(1)</script>", s: "a\u2028b\u2029c <!--" };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
