import { SEED_ROLES, type SeedRole } from "@/prisma/seed-data";
import { HORIZON_VALUES, type HorizonValue, TIER_VALUES, type TierValue } from "./constants";

/**
 * The source of both axes: the article the catalogue's names, tiers and horizons are transcribed from (its front
 * matter in /work/shared/seed: title, date 2024-12-28 15:16:23 +0800, and the encoded address of the original).
 */
export const ARTICLE = {
  titleZh: "如今人工智能AI就业岗位有哪些",
  publisherEn: "CSDN blog",
  publisherZh: "CSDN 博客",
  /** Publication time as the article gives it (UTC+8). */
  date: "2024-12-28T15:16:23+08:00",
  url: "https://blog.csdn.net/zz12345600354/article/details/139915828",
} as const;

const TIER_OF: Record<NonNullable<SeedRole["tier"]>, TierValue> = { LOW_TO_MEDIUM: "low-to-medium", MEDIUM_TO_HIGH: "medium-to-high" };
const HORIZON_OF: Record<NonNullable<SeedRole["horizon"]>, HorizonValue> = { FIVE_YEARS: "5-year", TEN_YEARS: "10-year" };

/**
 * What the article itself says, from its transcription (prisma/seed-data.ts SEED_ROLES): how many roles it lists,
 * how many under each tier and horizon ("unspecified" = listed under none), and the roles it gives no tier or no
 * horizon. Pure; independent of later edits in the database.
 */
export function articleCounts(roles: readonly SeedRole[] = SEED_ROLES) {
  const tier = Object.fromEntries(TIER_VALUES.map((v) => [v, 0])) as Record<TierValue, number>;
  const horizon = Object.fromEntries(HORIZON_VALUES.map((v) => [v, 0])) as Record<HorizonValue, number>;
  for (const r of roles) {
    tier[r.tier ? TIER_OF[r.tier] : "unspecified"] += 1;
    horizon[r.horizon ? HORIZON_OF[r.horizon] : "unspecified"] += 1;
  }
  return {
    total: roles.length,
    tier,
    horizon,
    noTier: roles.filter((r) => !r.tier),
    noHorizon: roles.filter((r) => !r.horizon),
  };
}
