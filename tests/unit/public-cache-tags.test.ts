import { describe, expect, it } from "vitest";
import { MAX_SLUG_TAGS, OPENINGS_LIFE, openingDetailTags, openingLife, roleDetailTags } from "@/lib/cache/policy";

describe("public read cache policy (lib/cache/policy.ts)", () => {
  it("names each changed slug's detail tag once, and drops every detail past MAX_SLUG_TAGS slugs", () => {
    expect(roleDetailTags(["a", "b", "a", ""])).toEqual(["role:a", "role:b"]);
    expect(openingDetailTags(["x"])).toEqual(["opening:x"]);
    const many = Array.from({ length: MAX_SLUG_TAGS + 1 }, (_, i) => `s${i}`);
    expect(roleDetailTags(many)).toEqual(["role-details"]);
    expect(openingDetailTags(many)).toEqual(["opening-details"]);
    expect(roleDetailTags(many.slice(0, MAX_SLUG_TAGS))).toHaveLength(MAX_SLUG_TAGS);
  });

  it("an opening's detail lives no longer than until it expires, and at most OPENINGS_LIFE", () => {
    const now = Date.parse("2026-12-02T08:00:00Z");
    expect(openingLife("2027-01-01T00:00:00Z", now)).toEqual(OPENINGS_LIFE);
    expect(openingLife("2026-12-02T08:00:20Z", now)).toEqual({ stale: 20, revalidate: 20, expire: 20 });
    expect(openingLife("2026-12-02T08:00:00.500Z", now)).toEqual({ stale: 1, revalidate: 1, expire: 1 });
    expect(openingLife("2026-12-02T07:00:00Z", now).expire).toBe(1);
  });
});
