import { describe, expect, it } from "vitest";
import { openingQueryToSearchParams, parseOpeningQuery } from "@/lib/openings/query";
import { activeFilters } from "@/lib/query/params";
import { parseRoleQuery, roleQueryToSearchParams } from "@/lib/roles/query";

// Issue 12, item 18: the mobile "Filters (n active)" summary counts filter values, not order or paging.
const roles = (qs: string) => activeFilters(roleQueryToSearchParams(parseRoleQuery(new URLSearchParams(qs)).query));
const jobs = (qs: string) => activeFilters(openingQueryToSearchParams(parseOpeningQuery(new URLSearchParams(qs)).query));

describe("activeFilters", () => {
  it("counts each selected value and the keyword", () => {
    expect(roles("")).toBe(0);
    expect(roles("tier=low-to-medium&tier=unspecified&horizon=5-year")).toBe(3);
    expect(roles("q=数据")).toBe(1);
  });

  it("leaves out sort, page and page size", () => {
    expect(roles("sort=newest&page=2&pageSize=5")).toBe(0);
    expect(roles("tier=low-to-medium&sort=newest&page=2")).toBe(1);
  });

  it("counts a salary floor once (its currency and period are part of it)", () => {
    expect(jobs("salaryMin=10000&currency=CNY&period=month")).toBe(1);
    expect(jobs("posted=7&workplace=remote")).toBe(2);
  });
});
