import { beforeAll, describe, expect, it } from "vitest";
import { countCurrentOpeningsByRole, getMonthlyByHorizon, getOpeningsMatrix, getPayByTier, getRoleOpeningsSummary, last24Months } from "@/lib/openings/stats";
import { occupationJsonLd } from "@/lib/roles/seo";
import { getPublishedRole } from "@/lib/roles/data";
import { insertOpening, resetCatalogue } from "../support/database";

// The figures role pages and /insights show about openings, against real Postgres: pay quartiles per currency and
// period (hidden below 3 openings), top cities, 24 months of postings (closed ones included), counts per role and
// per tier × horizon, and the Occupation JSON-LD built from them.
const NOW = new Date("2026-12-01T08:00:00Z");

beforeAll(async () => {
  await resetCatalogue();
  const monthly = (slug: string, min: number, max: number, city: string, datePosted: string) =>
    insertOpening("data-detective", {
      slug,
      titleEn: slug,
      locations: [{ city, country: "CN" }],
      salaryMin: min,
      salaryMax: max,
      salaryCurrency: "CNY",
      salaryPeriod: "MONTH",
      datePosted,
    });
  // Stated pay (middle of each range): 15k, 20k, 25k, 40k CNY a month.
  await monthly("pay-a", 10000, 20000, "上海", "2026-11-02");
  await monthly("pay-b", 15000, 25000, "上海", "2026-11-03");
  await monthly("pay-c", 20000, 30000, "北京", "2026-10-15");
  await monthly("pay-d", 40000, 40000, "Shanghai", "2026-09-01");
  // Two yearly USD salaries: below the threshold of 3, so no USD figure.
  await insertOpening("data-detective", { slug: "usd-1", workplaceType: "REMOTE", locations: [], salaryMin: 100000, salaryMax: 120000, salaryCurrency: "USD", salaryPeriod: "YEAR" });
  await insertOpening("data-detective", { slug: "usd-2", workplaceType: "REMOTE", locations: [], salaryMin: 90000, salaryCurrency: "USD", salaryPeriod: "YEAR" });
  // Closed: not in pay or counts, but in the monthly history.
  await insertOpening("data-detective", { slug: "closed", salaryMin: 99000, salaryMax: 99000, salaryCurrency: "CNY", salaryPeriod: "MONTH", datePosted: "2025-06-10", validThrough: "2025-07-10" });
  await insertOpening("quantum-machine-learning-analyst", { slug: "other-role", datePosted: "2026-11-20" });
});

describe("a role's openings figures", () => {
  it("counts current openings, pay quartiles per currency and period from 3 up, top cities, 24 months", async () => {
    const s = await getRoleOpeningsSummary("data-detective", NOW);
    expect(s.current).toBe(6);
    expect(s.pay).toEqual([{ currency: "CNY", period: "month", openings: 4, q1: 18750, median: 22500, q3: 28750 }]);
    expect(s.cities[0]).toMatchObject({ city: "上海", count: 2 });
    expect(s.cities.map((c) => c.city)).toEqual(expect.arrayContaining(["北京", "Shanghai"]));
    expect(s.monthly).toHaveLength(24);
    expect(s.monthly.at(-1)).toEqual({ month: "2026-12", count: 0 });
    expect(s.monthly.find((m) => m.month === "2026-11")?.count).toBe(4);
    expect(s.monthly.find((m) => m.month === "2025-06")?.count).toBe(1);
    expect(last24Months(NOW)[0]).toBe("2025-01");
  });

  it("puts the same figures in the Occupation JSON-LD", async () => {
    const role = (await getPublishedRole("data-detective"))!;
    const s = await getRoleOpeningsSummary("data-detective", NOW);
    const ld = occupationJsonLd(role, "https://atlas.example/en/roles/data-detective", "en", s);
    expect(ld.estimatedSalary).toEqual([
      { "@type": "MonetaryAmountDistribution", name: "base", currency: "CNY", duration: "P1M", percentile25: 18750, median: 22500, percentile75: 28750 },
    ]);
    expect((ld.occupationLocation as { name: string }[])[0]).toMatchObject({ "@type": "City", name: "上海" });
  });

  it("counts per role, per tier × horizon, pay per tier and postings per horizon", async () => {
    const byRole = await countCurrentOpeningsByRole(["data-detective", "quantum-machine-learning-analyst", "walker-talker"], NOW);
    expect(Object.fromEntries(byRole)).toEqual({ "data-detective": 6, "quantum-machine-learning-analyst": 1 });
    const matrix = await getOpeningsMatrix(NOW);
    expect(matrix).toHaveLength(9);
    expect(matrix.reduce((n, c) => n + c.count, 0)).toBe(7);
    const pay = await getPayByTier(NOW);
    expect(pay.map((p) => [p.currency, p.period, p.openings])).toEqual([["CNY", "month", 4]]);
    const horizons = await getMonthlyByHorizon(NOW);
    expect(horizons.reduce((n, h) => n + h.monthly.reduce((m, x) => m + x.count, 0), 0)).toBe(8);
  });
});
