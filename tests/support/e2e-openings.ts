import type { PrismaClient } from "../../lib/generated/prisma/client";

/**
 * Openings for the e2e tests, inserted straight into the database under seed roles: a current one in 上海 with a
 * monthly CNY salary (14 months), a current remote one with a yearly USD salary, and a closed (expired) one. Slugs
 * carry `stamp`, so `removeE2eOpenings` deletes exactly these.
 */
export async function insertE2eOpenings(db: PrismaClient, stamp: string) {
  const role = await db.role.findUniqueOrThrow({ where: { slug: "data-detective" } });
  const today = new Date();
  const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
  const base = { roleId: role.id, status: "PUBLISHED" as const, publishedAt: today, employmentType: "FULL_TIME" as const, applyUrl: "https://jobs.example/apply" };
  const shanghai = `e2e-shanghai-analyst-${stamp}`;
  const remote = `e2e-remote-detective-${stamp}`;
  const closed = `e2e-closed-analyst-${stamp}`;
  await db.opening.createMany({
    data: [
      {
        ...base,
        slug: shanghai,
        titleEn: `Data Analyst ${stamp}`,
        titleZh: `数据分析师 ${stamp}`,
        descriptionEn: "Find the story in the data.\n\n- SQL\n- Python",
        descriptionZh: "从数据中找出故事。",
        employerName: "上海某数据科技有限公司",
        employerUrl: "https://employer.example",
        workplaceType: "HYBRID",
        locations: [{ city: "上海", country: "CN" }],
        experienceLevel: "MID",
        salaryMin: 15000,
        salaryMax: 30000,
        salaryCurrency: "CNY",
        salaryPeriod: "MONTH",
        salaryMonths: 14,
        salaryText: "15k-30k·14薪",
        datePosted: day(-2),
        validThrough: day(30),
      },
      {
        ...base,
        slug: remote,
        titleEn: `Remote Data Detective ${stamp}`,
        titleZh: "",
        employerName: "Acme Remote",
        workplaceType: "REMOTE",
        locations: [],
        remoteCountries: ["US", "CA"],
        salaryMin: 120000,
        salaryMax: 150000,
        salaryCurrency: "USD",
        salaryPeriod: "YEAR",
        datePosted: day(-1),
        validThrough: day(30),
      },
      {
        ...base,
        slug: closed,
        titleEn: `Closed Analyst ${stamp}`,
        titleZh: "",
        employerName: "Gone Ltd",
        workplaceType: "ON_SITE",
        locations: [{ city: "北京", country: "CN" }],
        datePosted: day(-60),
        validThrough: day(-10),
      },
    ],
  });
  return { shanghai, remote, closed };
}

/** Deletes the openings insertE2eOpenings made with `stamp`. */
export async function removeE2eOpenings(db: PrismaClient, stamp: string) {
  await db.$executeRaw`DELETE FROM openings WHERE slug LIKE ${`e2e-%-${stamp}`}`;
}
