import { describe, expect, it } from "vitest";
import { comparableFormValue } from "@/lib/roles/admin/form";
import { mergeFields, mergeOutcome } from "@/lib/workflow/merge";

const FIELDS = ["title", "description", "tier"] as const;
type F = (typeof FIELDS)[number];
const row = (title: string, description: string, tier: string): Record<F, string> => ({ title, description, tier });

describe("three-way field merge (lib/workflow/merge.ts)", () => {
  it("keeps their change to a field I did not touch and my change to a field they did not touch", () => {
    const r = mergeFields({ fields: FIELDS, base: row("T0", "D0", "x"), theirs: row("T1", "D0", "x"), mine: row("T0", "D1", "x") });
    expect(r.merged).toEqual(row("T1", "D1", "x"));
    expect(r.conflicts).toEqual([]);
    expect(r.fields.map((f) => f.outcome)).toEqual(["theirs", "mine", "unchanged"]);
  });

  it("reports a field both changed differently as a conflict unless I was shown their current value", () => {
    const args = { fields: FIELDS, base: row("T0", "D0", "x"), theirs: row("T1", "D0", "x"), mine: row("T2", "D0", "x") };
    const unseen = mergeFields(args);
    expect(unseen.conflicts).toEqual(["title"]);
    expect(unseen.merged.title).toBe("T1");
    const seen = mergeFields({ ...args, shown: { title: "T1" } });
    expect(seen.conflicts).toEqual([]);
    expect(seen.merged.title).toBe("T2");
    expect(seen.fields[0]?.outcome).toBe("overwrite");
    // Shown an older value of theirs: what I would overwrite now is not what I saw.
    const stale = mergeFields({ ...args, theirs: row("T3", "D0", "x"), shown: { title: "T1" } });
    expect(stale.conflicts).toEqual(["title"]);
  });

  it("takes their current value where my value is the one I was shown (the prefilled form), even if it moved on", () => {
    const r = mergeFields({ fields: FIELDS, base: row("T0", "D0", "x"), theirs: row("T3", "D0", "x"), mine: row("T1", "D1", "x"), shown: { title: "T1" } });
    expect(r.merged).toEqual(row("T3", "D1", "x"));
    expect(r.fields[0]?.outcome).toBe("theirs");
  });

  it("treats the same change on both sides as agreement", () => {
    expect(mergeOutcome("a", "b", "b")).toBe("same");
    expect(mergeOutcome("a", "a", "a")).toBe("unchanged");
    expect(mergeOutcome("a", "a", "c")).toBe("mine");
    expect(mergeOutcome("a", "b", "a")).toBe("theirs");
    expect(mergeOutcome("a", "b", "c")).toBe("conflict");
    expect(mergeOutcome("a", "b", "c", { value: "b" })).toBe("overwrite");
  });

  it("compares typed form values the way the schema stores them", () => {
    expect(comparableFormValue("titleEn", "  Cafe\u0301 \r\n", "s")).toBe("Café");
    expect(comparableFormValue("slug", " ", "kept-slug")).toBe("kept-slug");
    expect(comparableFormValue("slug", " New-Slug ", "kept-slug")).toBe("new-slug");
    expect(comparableFormValue("tier", "", "s")).toBe("unspecified");
  });
});
