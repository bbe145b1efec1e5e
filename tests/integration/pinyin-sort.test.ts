import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRole, updateRole } from "@/lib/roles/admin/service";
import { parseRoleForm, type RoleInput } from "@/lib/roles/admin/form";
import { importRoles, readImportFile } from "@/lib/roles/admin/transfer";
import { encodeCursor } from "@/lib/roles/cursor";
import { listPublishedRoles } from "@/lib/roles/data";
import { parseRoleQuery, type TitleOrder } from "@/lib/roles/query";
import { backfillZhSortKeys } from "@/lib/search/pinyin.mjs";
import { resetCatalogue, testDb } from "../support/database";
import { SEED_PINYIN_ORDER } from "../support/seed-pinyin-order";
import { makeStaff } from "../support/staff";


/** Every published role's Chinese title, page after page through the keyset cursors, as the browse page reads. */
async function allTitlesZh(order: TitleOrder, pageSize = 4): Promise<string[]> {
  const titles: string[] = [];
  let params = new URLSearchParams({ pageSize: String(pageSize) });
  for (let guard = 0; guard < 100; guard++) {
    const parsed = parseRoleQuery(params, order);
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    const result = await listPublishedRoles(parsed.query);
    titles.push(...result.items.map((r) => r.titleZh));
    if (!result.nextCursor) return titles;
    params = new URLSearchParams({ pageSize: String(pageSize), cursor: result.nextCursor });
  }
  throw new Error("no last page");
}

const input = (over: Record<string, string>): RoleInput => {
  const r = parseRoleForm({ titleEn: "Zzz Test Role", summaryEn: "Tests.", ...over });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.input;
};

describe("Chinese pages sort titles by pinyin (issue 12 item 16)", () => {
  beforeAll(async () => {
    await resetCatalogue();
  });
  afterAll(async () => {
    await resetCatalogue();
  });

  it("lists the seed roles in pinyin order across keyset pages, and in English order for English", async () => {
    expect(await allTitlesZh("zh", 4)).toEqual(SEED_PINYIN_ORDER);
    expect(await allTitlesZh("zh", 21)).toEqual(SEED_PINYIN_ORDER);
    const en = await testDb().role.findMany({ where: { status: "PUBLISHED" }, select: { titleEn: true, titleZh: true } });
    const byEnglish = en.sort((a, b) => (a.titleEn.toLowerCase() < b.titleEn.toLowerCase() ? -1 : 1)).map((r) => r.titleZh);
    expect(await allTitlesZh("en", 4)).toEqual(byEnglish);
    expect(byEnglish).not.toEqual(SEED_PINYIN_ORDER);
  });

  it("refuses a title cursor made for the other language's order", async () => {
    const zhCursor = encodeCursor({ sort: "title", key: ["gao", "x"], page: 2, zh: true });
    const enCursor = encodeCursor({ sort: "title", key: ["gao", "x"], page: 2 });
    expect(parseRoleQuery(new URLSearchParams({ cursor: zhCursor }), "en")).toMatchObject({ ok: false, issues: [{ parameter: "cursor" }] });
    expect(parseRoleQuery(new URLSearchParams({ cursor: enCursor }), "zh")).toMatchObject({ ok: false, issues: [{ parameter: "cursor" }] });
    expect(parseRoleQuery(new URLSearchParams({ cursor: zhCursor }), "zh").ok).toBe(true);
  });

  it("keeps the key right on every write: create, rename, and raw SQL until the backfill", async () => {
    const admin = await makeStaff("admin");
    const { role } = await createRole(testDb(), admin, input({ titleZh: "阿尔法测试岗" }), randomUUID());
    expect(role.sortKeyZh).toBe("a-er-fa-ce-shi-gang 阿尔法测试岗");
    await testDb().role.update({ where: { id: role.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect((await allTitlesZh("zh", 5))[0]).toBe("阿尔法测试岗");

    const { role: renamed } = await updateRole(testDb(), admin, role.id, role.version, input({ titleZh: "最后测试岗" }));
    expect(renamed.sortKeyZh).toBe("zui-hou-ce-shi-gang 最后测试岗");
    expect((await allTitlesZh("zh", 5)).at(-1)).toBe("最后测试岗");

    // A writer that does not know the key (raw SQL): the trigger refuses the stale key, the role sorts last by
    // its English title, and the backfill computes the real key.
    await testDb().$executeRaw`UPDATE roles SET title_zh = '阿阿测试岗' WHERE id = ${role.id}::uuid`;
    const stale = await testDb().role.findUniqueOrThrow({ where: { id: role.id } });
    expect(stale.sortKeyZh).toBe("~zzz test role");
    expect((await allTitlesZh("zh", 5)).at(-1)).toBe("阿阿测试岗");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect(await backfillZhSortKeys(client)).toBe(1);
      expect(await backfillZhSortKeys(client)).toBe(0);
    } finally {
      await client.end();
    }
    expect((await allTitlesZh("zh", 5))[0]).toBe("阿阿测试岗");
  });

  it("gives imported roles their key, new and updated", async () => {
    const admin = await makeStaff("admin");
    const file = (zh: string) => readImportFile(`titleEn,titleZh,slug,summaryEn\nImported Pinyin Role,${zh},imported-pinyin-role,Imported.\n`, "csv");
    await importRoles(testDb(), admin, file("八宝测试岗"), { dryRun: false });
    const key = async () => (await testDb().role.findUniqueOrThrow({ where: { slug: "imported-pinyin-role" } })).sortKeyZh;
    expect(await key()).toBe("ba-bao-ce-shi-gang 八宝测试岗");
    await importRoles(testDb(), admin, file("重庆测试岗"), { dryRun: false });
    // pinyin-pro reads 重庆 as chong qing (a phrase), not zhong.
    expect(await key()).toBe("chong-qing-ce-shi-gang 重庆测试岗");
  });
});
