import { describe, expect, it } from "vitest";
import { searchPlan, segmentHan } from "@/lib/search/segment";

describe("searchPlan", () => {
  it("segments Han runs into the smallest dictionary words that cover them", () => {
    expect(segmentHan("数据分析")).toEqual(["数据", "分析"]);
    expect(segmentHan("机器学习工程师")).toEqual(["机器", "学习", "工程师"]);
    expect(segmentHan("数据")).toEqual(["数据"]);
    expect(segmentHan("侦")).toEqual(["侦"]);
    expect(segmentHan("砼砼砼")).toEqual(["砼砼砼"]);
  });

  it("splits where Han text meets other text and keeps the rest literal", () => {
    expect(searchPlan("AI产品经理")).toEqual({ words: ["AI产品经理"], pieces: ["ai", "产品", "经理"] });
    expect(searchPlan("100%远程").pieces).toEqual(["100%", "远程"]);
    expect(searchPlan("大模型 engineer").pieces).toEqual(["大", "模型", "engineer"]);
    expect(searchPlan("% _ 'a' a|b").pieces).toEqual(["%", "_", "'a'", "a|b"]);
    expect(searchPlan("")).toEqual({ words: [], pieces: [] });
  });

  it("never throws on hostile input and bounds the pieces", () => {
    for (const q of ["数".repeat(200), "a".repeat(200), "😀😀数据😀", "\u0000\u0007数据\u001f", "\u200f数据\u200e", "مرحبا 数据 hello", "一 二 三 四 五 六 七 八 九 十"]) {
      const plan = searchPlan(q);
      expect(plan.pieces.length).toBeLessThanOrEqual(16);
      expect(plan.words.length).toBeLessThanOrEqual(8);
    }
  });
});
