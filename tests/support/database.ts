import { createPrismaClient } from "@/lib/prisma-client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { seedRoles } from "@/prisma/seed-roles";
import { zhSortKey } from "@/lib/search/pinyin.mjs";

/**
 * Throws unless the URL names a database the tests may wipe: one whose name contains "test" (CI creates
 * atlas_test_<random>), or the in-memory embedded database that `npm test` starts (marked by ATLAS_EMBEDDED_TEST).
 */
export function assertDisposableDatabase(url: string | undefined): asserts url is string {
  if (!url) throw new Error("DATABASE_URL is not set: run the tests with `npm test`, which provides a database");
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (process.env.ATLAS_EMBEDDED_TEST === "1" || /test/i.test(name)) return;
  throw new Error(
    `Refusing to run tests against database "${name}": its name must contain "test" (tests delete its data). ` +
      "Unset DATABASE_URL to test against a throwaway embedded database.",
  );
}

let client: PrismaClient | undefined;

/** A Prisma client for fixtures and direct checks, separate from the app's singleton. */
export function testDb(): PrismaClient {
  client ??= createPrismaClient(process.env.DATABASE_URL!, 3);
  return client;
}

/** Empties the catalogue and loads the seed roles again. */
export async function resetCatalogue(): Promise<void> {
  await testDb().$executeRaw`TRUNCATE roles CASCADE`;
  await seedRoles(process.env.DATABASE_URL!);
  // Spelling suggestions come from this vocabulary, which only grows between rebuilds.
  await testDb().$executeRaw`SELECT atlas_search_words_rebuild()`;
}

let counter = 0;

/** Inserts a role with sensible defaults (published, editorial), returning it. */
export async function insertRole(data: Partial<Prisma.RoleCreateInput> & { slug?: string }) {
  counter += 1;
  const slug = data.slug ?? `fixture-${Date.now().toString(36)}-${counter}`;
  return testDb().role.create({
    data: {
      titleEn: `Fixture ${counter}`,
      titleZh: `测试岗位${counter}`,
      summaryEn: "A fixture role.",
      summaryZh: "测试用岗位。",
      descriptionEn: "Fixture description.",
      descriptionZh: "测试描述。",
      status: "PUBLISHED",
      publishedAt: new Date(),
      ...data,
      slug,
      sortKeyZh: zhSortKey(data.titleZh ?? `测试岗位${counter}`, data.titleEn ?? `Fixture ${counter}`),
    },
  });
}

let openingCounter = 0;

/**
 * Inserts a published opening under the role with `roleSlug` (defaults: full-time, on-site in 北京, posted
 * 2026-11-20, valid through 2026-12-31 Asia/Shanghai), returning it. Dates are calendar dates (YYYY-MM-DD).
 */
export async function insertOpening(
  roleSlug: string,
  data: Partial<Omit<Prisma.OpeningCreateInput, "role" | "datePosted" | "validThrough">> & { datePosted?: string; validThrough?: string } = {},
) {
  openingCounter += 1;
  const { datePosted = "2026-11-20", validThrough = "2026-12-31", ...rest } = data;
  return testDb().opening.create({
    data: {
      slug: `opening-${Date.now().toString(36)}-${openingCounter}`,
      titleEn: `Fixture opening ${openingCounter}`,
      titleZh: "",
      employerName: "Fixture Employer",
      workplaceType: "ON_SITE",
      locations: [{ city: "北京", country: "CN" }],
      employmentType: "FULL_TIME",
      applyUrl: "https://jobs.example/apply",
      status: "PUBLISHED",
      publishedAt: new Date(),
      ...rest,
      datePosted: new Date(`${datePosted}T00:00:00Z`),
      validThrough: new Date(`${validThrough}T00:00:00Z`),
      role: { connect: { slug: roleSlug } },
    },
  });
}
