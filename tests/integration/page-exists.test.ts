import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePagePool, openingPageExists, rolePageExists } from "@/lib/http/page-exists";
import { getPublishedOpening } from "@/lib/openings/data";
import { getPublishedRole } from "@/lib/roles/data";
import { currentSlugFor } from "@/lib/roles/redirects";
import { insertOpening, insertRole, resetCatalogue, testDb } from "../support/database";

// The proxy's "would this page exist" lookup (lib/http/page-exists.ts, issue 12 item 14) against real Postgres: for
// every state a role or opening can be in, it answers exactly what the pages' own data functions decide (a page
// exists when getPublishedRole finds the role or currentSlugFor finds a redirect; when getPublishedOpening finds
// the opening, expired or not).

const stamp = Date.now().toString(36);
const s = (name: string) => `pe-${name}-${stamp}`;

beforeAll(async () => {
  await resetCatalogue();
  const live = await insertRole({ slug: s("live") });
  await insertRole({ slug: s("draft"), status: "DRAFT", publishedAt: null });
  await insertRole({ slug: s("archived"), status: "ARCHIVED" });
  const deleted = await insertRole({ slug: s("deleted"), deletedAt: new Date() });
  await testDb().slugRedirect.create({ data: { oldSlug: s("old-live"), roleId: live.id } });
  await testDb().slugRedirect.create({ data: { oldSlug: s("old-deleted"), roleId: deleted.id } });
  await insertOpening(s("live"), { slug: s("job") });
  await insertOpening(s("live"), { slug: s("job-expired"), datePosted: "2020-01-01", validThrough: "2020-01-31" });
  await insertOpening(s("live"), { slug: s("job-draft"), status: "DRAFT", publishedAt: null });
  await insertOpening(s("live"), { slug: s("job-deleted"), deletedAt: new Date() });
  await insertOpening(s("draft"), { slug: s("job-under-draft") });
});
afterAll(closePagePool);

describe("rolePageExists", () => {
  const cases: [string, boolean][] = [
    [s("live"), true],
    [s("old-live"), true],
    [s("draft"), false],
    [s("archived"), false],
    [s("deleted"), false],
    [s("old-deleted"), false],
    ["no-such-role", false],
    ["Not_A_Slug", false],
    ["x".repeat(121), false],
  ];
  for (const [slug, expected] of cases) {
    it(`${slug.slice(0, 40)} → ${expected}, as the role page decides`, async () => {
      const page = (await getPublishedRole(slug)) !== null || (await currentSlugFor(slug)) !== null;
      expect(page).toBe(expected);
      expect(await rolePageExists(slug)).toBe(expected);
    });
  }
});

describe("openingPageExists", () => {
  const cases: [string, boolean][] = [
    [s("job"), true],
    [s("job-expired"), true],
    [s("job-draft"), false],
    [s("job-deleted"), false],
    [s("job-under-draft"), false],
    ["no-such-job", false],
    ["不存在", false],
  ];
  for (const [slug, expected] of cases) {
    it(`${slug} → ${expected}, as the opening page decides`, async () => {
      expect((await getPublishedOpening(slug)) !== null).toBe(expected);
      expect(await openingPageExists(slug)).toBe(expected);
    });
  }
});

it("answers true (the page decides) when the database cannot be asked", async () => {
  const real = process.env.DATABASE_URL;
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/none";
  try {
    expect(await rolePageExists("no-such-role")).toBe(true);
  } finally {
    process.env.DATABASE_URL = real;
    await closePagePool();
  }
});
