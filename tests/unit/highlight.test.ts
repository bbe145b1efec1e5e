import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Highlighted } from "@/components/search/highlighted";
import { highlightParts } from "@/lib/search/highlight";

const marked = (text: string, pieces: string[]) => highlightParts(text, pieces).filter((p) => p.match).map((p) => p.text);

describe("highlightParts", () => {
  it("marks every occurrence of every piece, folding case, accents and full-width forms", () => {
    expect(marked("Data Detective: data first", ["data"])).toEqual(["Data", "data"]);
    expect(marked("Café Curator", ["cafe"])).toEqual(["Café"]);
    expect(marked("ＤＥＴＥＣＴＩＶＥ role", ["detect"])).toEqual(["ＤＥＴＥＣＴ"]);
    expect(marked("负责数据的分析工作", ["数据", "分析"])).toEqual(["数据", "分析"]);
  });

  it("merges overlapping matches and keeps the text as written", () => {
    const parts = highlightParts("数据分析师", ["数据", "据分", "分析"]);
    expect(parts).toEqual([{ text: "数据分析", match: true }, { text: "师", match: false }]);
    expect(parts.map((p) => p.text).join("")).toBe("数据分析师");
  });

  it("leaves the text whole without pieces and never throws", () => {
    expect(highlightParts("abc", [])).toEqual([{ text: "abc", match: false }]);
    expect(highlightParts("", ["a"])).toEqual([]);
    for (const t of ["😀a😀", "e\u0301", "\u200f数据\u200e", "ﬁne"]) expect(() => highlightParts(t, ["a", "数据", "fi", "e"])).not.toThrow();
    expect(marked("ﬁne", ["fi"])).toEqual(["ﬁ"]);
  });
});

describe("Highlighted", () => {
  it("escapes markup in the text: a <script> title stays text", () => {
    const html = renderToStaticMarkup(createElement(Highlighted, { text: "<script>alert(1)</script> Script <b>x</b>", pieces: ["script"] }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;");
    expect(html.match(/<mark[^>]*>/g)?.length).toBe(3);
    expect(html).toContain(">script</mark>&gt;alert(1)&lt;/");
  });
});
