import type { Role } from "@/lib/generated/prisma/client";
import { HORIZON_FROM_DB, TIER_FROM_DB } from "@/lib/roles/admin/service";
import type { RoleDetail } from "./types";

/** A stored role (any state) in the public detail shape, for the admin preview. */
export function toRoleDetail(r: Role): RoleDetail {
  return {
    slug: r.slug,
    titleEn: r.titleEn,
    titleZh: r.titleZh,
    tier: TIER_FROM_DB(r.tier),
    horizon: HORIZON_FROM_DB(r.horizon),
    summaryEn: r.summaryEn,
    summaryZh: r.summaryZh,
    descriptionEn: r.descriptionEn,
    descriptionZh: r.descriptionZh,
    contentOrigin: r.contentOrigin === "SOURCE" ? "source" : "editorial",
    sourceName: r.sourceName,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}
