import { createPrismaClient } from "../lib/prisma-client";
import { zhSortKey } from "../lib/search/pinyin.mjs";
import { SEED_ROLES, SEED_SOURCE_NAME } from "./seed-data";

/**
 * Inserts every seed role whose slug is not in `roles` yet, in one statement (INSERT … ON CONFLICT DO NOTHING),
 * so concurrent or repeated runs never duplicate or overwrite a role. Returns how many rows were inserted and
 * how many seed roles there are.
 */
export async function seedRoles(databaseUrl: string): Promise<{ inserted: number; total: number }> {
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const publishedAt = new Date();
    const { count } = await prisma.role.createMany({
      data: SEED_ROLES.map((r) => ({
        ...r,
        status: "PUBLISHED" as const,
        contentOrigin: "EDITORIAL" as const,
        sourceName: SEED_SOURCE_NAME,
        publishedAt,
        sortKeyZh: zhSortKey(r.titleZh, r.titleEn),
      })),
      skipDuplicates: true,
    });
    return { inserted: count, total: SEED_ROLES.length };
  } finally {
    await prisma.$disconnect();
  }
}
