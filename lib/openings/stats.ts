import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { HORIZON_VALUES, type HorizonValue, TIER_VALUES, type TierValue } from "@/lib/roles/constants";
import type { SalaryPeriodValue } from "./constants";

/*
 * Figures about openings for role pages and /insights, from the same rows the jobs page lists. Pay: each opening's
 * stated pay as one number (the middle of its range, or the bound it gives), in its own currency per its own
 * period; never converted, so figures are grouped per currency and period and shown only from MIN_PAY_SAMPLE up.
 */

/** Fewer openings than this behind a pay figure and it is not shown (too few to say anything). */
export const MIN_PAY_SAMPLE = 3;

/** Pay of current openings in one currency per one period: quartiles of the stated pay, and how many openings. */
export interface PayFigure {
  currency: string;
  period: SalaryPeriodValue;
  openings: number;
  q1: number;
  median: number;
  q3: number;
}

/** Openings posted in one calendar month (UTC), "YYYY-MM". */
export interface MonthCount {
  month: string;
  count: number;
}

/** What a role's page shows about its openings. */
export interface RoleOpeningsSummary {
  /** Current openings (published, not expired). */
  current: number;
  pay: PayFigure[];
  /** The cities with most current openings (at most 5), most first. */
  cities: { city: string; country: string; count: number }[];
  /** Openings posted per month over the 24 months up to `now`'s month (published ones, expired included). */
  monthly: MonthCount[];
}

const current = (now: Date) => Prisma.sql`o.status = 'published' AND o.deleted_at IS NULL AND o.expires_at > ${now}::timestamptz`;
/** One stated pay per opening: the middle of the range, or the one bound given. */
const statedPay = Prisma.sql`((coalesce(o.salary_min, o.salary_max) + coalesce(o.salary_max, o.salary_min)) / 2)`;

/** The 24 "YYYY-MM" months ending with `now`'s month (UTC), oldest first. */
export function last24Months(now: Date): string[] {
  const out: string[] = [];
  for (let i = 23; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return out;
}

/**
 * Openings figures of one published role (by slug): current count, pay figures (groups with at least
 * MIN_PAY_SAMPLE openings), top cities, and openings posted per month over 24 months (zeros filled in). Four
 * small queries through the role index. Cached per request. Throws on database errors.
 */
export const getRoleOpeningsSummary = cache(async (roleSlug: string, now: Date = new Date()): Promise<RoleOpeningsSummary> => {
  const role = Prisma.sql`o.role_id = (SELECT id FROM roles WHERE slug = ${roleSlug})`;
  const months = last24Months(now);
  const [count, pay, cities, monthly] = await Promise.all([
    db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM openings o WHERE ${role} AND ${current(now)}`,
    db().$queryRaw<PayFigure[]>`
      SELECT o.salary_currency AS currency, o.salary_period::text AS period, count(*)::int AS openings,
             percentile_cont(0.25) WITHIN GROUP (ORDER BY ${statedPay})::float8 AS q1,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${statedPay})::float8 AS median,
             percentile_cont(0.75) WITHIN GROUP (ORDER BY ${statedPay})::float8 AS q3
      FROM openings o WHERE ${role} AND ${current(now)} AND o.salary_currency IS NOT NULL AND o.salary_period IS NOT NULL
        AND (o.salary_min IS NOT NULL OR o.salary_max IS NOT NULL)
      GROUP BY 1, 2 HAVING count(*) >= ${MIN_PAY_SAMPLE} ORDER BY 3 DESC, 1, 2`,
    db().$queryRaw<{ city: string; country: string; count: number }[]>`
      SELECT min(l->>'city') AS city, min(l->>'country') AS country, count(DISTINCT o.id)::int AS count
      FROM openings o CROSS JOIN LATERAL jsonb_array_elements(o.locations) AS l
      WHERE ${role} AND ${current(now)} AND coalesce(l->>'city', '') <> ''
      GROUP BY atlas_search_normalize(l->>'city') ORDER BY 3 DESC, 1 LIMIT 5`,
    db().$queryRaw<MonthCount[]>`
      SELECT to_char(o.date_posted, 'YYYY-MM') AS month, count(*)::int AS count
      FROM openings o WHERE ${role} AND o.status = 'published' AND o.deleted_at IS NULL
        AND o.date_posted >= ${`${months[0]}-01`}::date AND o.date_posted <= (${now}::timestamptz AT TIME ZONE 'UTC')::date
      GROUP BY 1`,
  ]);
  const byMonth = new Map(monthly.map((m) => [m.month, m.count]));
  return {
    current: count[0]?.n ?? 0,
    pay,
    cities,
    monthly: months.map((month) => ({ month, count: byMonth.get(month) ?? 0 })),
  };
});

/** Current openings per role slug, for the given slugs (role cards). Slugs without openings are absent. */
export async function countCurrentOpeningsByRole(slugs: readonly string[], now: Date = new Date()): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db().$queryRaw<{ slug: string; n: number }[]>`
    SELECT r.slug, count(*)::int AS n FROM roles r JOIN openings o ON o.role_id = r.id
    WHERE r.slug = ANY(${[...slugs]}::text[]) AND ${current(now)} GROUP BY r.slug`;
  return new Map(rows.map((r) => [r.slug, r.n]));
}

/** Current openings per tier × horizon of their role (every combination, zeros included), for /insights. */
export async function getOpeningsMatrix(now: Date = new Date()): Promise<{ tier: TierValue; horizon: HorizonValue; count: number }[]> {
  const rows = await db().$queryRaw<{ tier: TierValue; horizon: HorizonValue; count: number }[]>`
    SELECT COALESCE(r.tier::text, 'unspecified') AS tier, COALESCE(r.horizon::text, 'unspecified') AS horizon, count(*)::int AS count
    FROM openings o JOIN roles r ON r.id = o.role_id
    WHERE ${current(now)} AND r.status = 'published' AND r.deleted_at IS NULL GROUP BY 1, 2`;
  return TIER_VALUES.flatMap((tier) =>
    HORIZON_VALUES.map((horizon) => ({ tier, horizon, count: rows.find((r) => r.tier === tier && r.horizon === horizon)?.count ?? 0 })),
  );
}

/** Pay of current openings per tier of their role, per currency and period (groups of at least MIN_PAY_SAMPLE). */
export async function getPayByTier(now: Date = new Date()): Promise<(PayFigure & { tier: TierValue })[]> {
  return db().$queryRaw<(PayFigure & { tier: TierValue })[]>`
    SELECT COALESCE(r.tier::text, 'unspecified') AS tier, o.salary_currency AS currency, o.salary_period::text AS period,
           count(*)::int AS openings,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY ${statedPay})::float8 AS q1,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${statedPay})::float8 AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY ${statedPay})::float8 AS q3
    FROM openings o JOIN roles r ON r.id = o.role_id
    WHERE ${current(now)} AND r.status = 'published' AND r.deleted_at IS NULL AND o.salary_currency IS NOT NULL
      AND o.salary_period IS NOT NULL AND (o.salary_min IS NOT NULL OR o.salary_max IS NOT NULL)
    GROUP BY 1, 2, 3 HAVING count(*) >= ${MIN_PAY_SAMPLE} ORDER BY 1, 4 DESC`;
}

/**
 * Evidence of emergence: openings posted per month over 24 months, per emergence horizon of their role (published
 * openings, expired included, of published roles). Are "5-year" roles hired for sooner than "10-year" ones?
 */
export async function getMonthlyByHorizon(now: Date = new Date()): Promise<{ horizon: HorizonValue; monthly: MonthCount[] }[]> {
  const months = last24Months(now);
  const rows = await db().$queryRaw<{ horizon: HorizonValue; month: string; count: number }[]>`
    SELECT COALESCE(r.horizon::text, 'unspecified') AS horizon, to_char(o.date_posted, 'YYYY-MM') AS month, count(*)::int AS count
    FROM openings o JOIN roles r ON r.id = o.role_id
    WHERE o.status = 'published' AND o.deleted_at IS NULL AND r.status = 'published' AND r.deleted_at IS NULL
      AND o.date_posted >= ${`${months[0]}-01`}::date AND o.date_posted <= (${now}::timestamptz AT TIME ZONE 'UTC')::date
    GROUP BY 1, 2`;
  return HORIZON_VALUES.map((horizon) => ({
    horizon,
    monthly: months.map((month) => ({ month, count: rows.find((r) => r.horizon === horizon && r.month === month)?.count ?? 0 })),
  }));
}

/** How many openings are current (published, not expired, under a published role). */
export async function getCurrentOpeningsTotal(now: Date = new Date()): Promise<number> {
  const rows = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM openings o JOIN roles r ON r.id = o.role_id
    WHERE ${current(now)} AND r.status = 'published' AND r.deleted_at IS NULL`;
  return rows[0]?.n ?? 0;
}
