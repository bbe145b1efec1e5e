import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSessionReaderForTests } from "@/lib/auth/session";
import { createRole, RoleError, transitionRole, updateRole } from "@/lib/roles/admin/service";
import { saveRoleAction } from "@/lib/roles/admin/actions";
import { getPublishedRole, listPublishedRoles } from "@/lib/roles/data";
import { parseRoleForm, type RoleInput } from "@/lib/roles/admin/form";
import { DEFAULT_ROLE_QUERY } from "@/lib/roles/query";
import { currentSlugFor } from "@/lib/roles/redirects";
import { createStaffUser, StaffError, updateStaffUser } from "@/lib/staff/service";
import { MESSAGES } from "@/lib/i18n/messages";
import { expiredTags, RedirectSignal, revalidated, stubLocale } from "../support/next-stubs";
import { resetCatalogue, testDb } from "../support/database";
import { actAs, makeStaff } from "../support/staff";

const input = (over: Record<string, string> = {}): RoleInput => {
  const r = parseRoleForm({ titleEn: "Prompt Gardener", titleZh: "提示园丁", summaryEn: "Tends prompts.", ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors));
  return r.input;
};
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const history = (id: string) => testDb().auditEntry.findMany({ where: { entityType: "role", entityId: id }, orderBy: { id: "asc" } });

let admin: Awaited<ReturnType<typeof makeStaff>>;
let editor: Awaited<ReturnType<typeof makeStaff>>;
let other: Awaited<ReturnType<typeof makeStaff>>;

beforeAll(async () => {
  await resetCatalogue();
  admin = await makeStaff("admin");
  editor = await makeStaff("editor");
  other = await makeStaff("editor");
});
afterAll(() => setSessionReaderForTests());

describe("no lost update", () => {
  it("refuses a save over a newer version, says what the other person changed, and keeps the input", async () => {
    const { role } = await createRole(testDb(), editor, input(), randomUUID());
    await updateRole(testDb(), other, role.id, 1, input({ summaryEn: "Tends prompts with care." }));
    actAs(editor);
    const typed = { titleEn: "Prompt Gardener", titleZh: "提示园丁", summaryEn: "My own summary", tier: "5-year" };
    const state = await saveRoleAction({ status: "idle" }, form({ ...typed, tier: "low-to-medium", horizon: "", id: role.id, version: "1" }));
    expect(state.status).toBe("conflict");
    expect(state.version).toBe(2);
    expect(state.values?.summaryEn).toBe("My own summary");
    expect(state.conflict).toEqual([expect.objectContaining({ field: "summaryEn", before: "Tends prompts.", after: "Tends prompts with care.", by: [other.email] })]);
    const stored = await testDb().role.findUniqueOrThrow({ where: { id: role.id } });
    expect(stored.summaryEn).toBe("Tends prompts with care.");
    expect(stored.version).toBe(2);

    // Saving again from the version the conflict reported is a deliberate overwrite (after merging).
    await expect(saveRoleAction({ status: "idle" }, form({ ...typed, tier: "low-to-medium", horizon: "", id: role.id, version: "2" }))).rejects.toBeInstanceOf(RedirectSignal);
    expect((await testDb().role.findUniqueOrThrow({ where: { id: role.id } })).summaryEn).toBe("My own summary");
    expect((await history(role.id)).map((e) => [e.action, e.actorEmail, e.version])).toEqual([
      ["role.create", editor.email, 1],
      ["role.update", other.email, 2],
      ["role.update", editor.email, 3],
    ]);
  });

  it("of two simultaneous saves of the same version exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const { role } = await createRole(testDb(), editor, input({ titleEn: `Race ${round}` }), randomUUID());
      const results = await Promise.allSettled([
        updateRole(testDb(), editor, role.id, 1, input({ titleEn: `Race ${round}`, summaryEn: "A" })),
        updateRole(testDb(), other, role.id, 1, input({ titleEn: `Race ${round}`, summaryEn: "B" })),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.reason).toBeInstanceOf(RoleError);
      expect((lost[0]?.reason as RoleError).kind).toBe("conflict");
      const stored = await testDb().role.findUniqueOrThrow({ where: { id: role.id } });
      expect(stored.version).toBe(2);
      expect((await history(role.id)).filter((e) => e.action === "role.update")).toHaveLength(1);
    }
  });
});

describe("no duplicates from double submits", () => {
  it("two identical concurrent creates and a resubmit give one listing", async () => {
    const key = randomUUID();
    const data = input({ titleEn: "Double Click Analyst" });
    const [a, b] = await Promise.all([createRole(testDb(), editor, data, key), createRole(testDb(), editor, data, key)]);
    expect(a.role.id).toBe(b.role.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const again = await createRole(testDb(), editor, data, key);
    expect(again).toMatchObject({ created: false, role: { id: a.role.id } });
    expect(await testDb().role.count({ where: { titleEn: "Double Click Analyst" } })).toBe(1);
    expect((await history(a.role.id)).filter((e) => e.action === "role.create")).toHaveLength(1);
  });

  it("the create action redirects a resubmitted form to the listing it already made", async () => {
    actAs(editor);
    const f = () => form({ titleEn: "Resubmitted Form Role", idempotencyKey: "7b0c6c3e-3f51-4a8e-9d7b-1f6f3f0e2a11" });
    const first = await saveRoleAction({ status: "idle" }, f()).catch((e: RedirectSignal) => e.url);
    const second = await saveRoleAction({ status: "idle" }, f()).catch((e: RedirectSignal) => e.url);
    expect(first).toMatch(/^\/en\/admin\/roles\/[0-9a-f-]{36}\?saved=1$/);
    expect(second).toBe(first);
    expect(await testDb().role.count({ where: { titleEn: "Resubmitted Form Role" } })).toBe(1);
  });

  it("a key used by someone else is refused", async () => {
    const key = randomUUID();
    await createRole(testDb(), editor, input({ titleEn: "Keyed" }), key);
    await expect(createRole(testDb(), other, input({ titleEn: "Keyed" }), key)).rejects.toMatchObject({ kind: "duplicate_submission" });
  });
});

describe("slugs", () => {
  it("gives every title a working, unique, non-empty slug", async () => {
    const titles: Record<string, string>[] = [
      { titleEn: "🤖🚀" },
      { titleEn: "", titleZh: "数据侦探" },
      { titleEn: "", titleZh: "数据侦探" },
      { titleEn: "ML Engineer at 100% Remote" },
      { titleEn: "ML Engineer at 100% Remote" },
      { titleEn: "", titleZh: "AI训练师" },
    ];
    const slugs: string[] = [];
    for (const t of titles) {
      const { role } = await createRole(testDb(), editor, input(t), randomUUID());
      await transitionRole(testDb(), admin, role.id, 1, "publish");
      slugs.push(role.slug);
      const page = await getPublishedRole(role.slug);
      expect(page?.slug, JSON.stringify(t)).toBe(role.slug);
    }
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugs[3]).toBe("ml-engineer-at-100-remote");
    expect(slugs[4]).toBe("ml-engineer-at-100-remote-2");
    expect(slugs[1]).toMatch(/^role-[0-9a-f]{8}$/);
    expect(slugs[2]).toBe(`${slugs[1]}-2`);
    expect(slugs[5]).toMatch(/^ai-[0-9a-f]{8}$/);
    // Chinese-only titles appear in the public list with their Chinese title, in a defined place (empty English title first).
    const list = await listPublishedRoles({ ...DEFAULT_ROLE_QUERY, pageSize: 100 });
    expect(list.items.find((i) => i.slug === slugs[1])).toMatchObject({ titleEn: "", titleZh: "数据侦探" });
  });

  it("keeps the slug on edits, and a rename after publication redirects the old slug", async () => {
    const { role } = await createRole(testDb(), editor, input({ titleEn: "Renamed Role" }), randomUUID());
    const edited = await updateRole(testDb(), editor, role.id, 1, input({ titleEn: "Completely New Title" }));
    expect(edited.role.slug).toBe("renamed-role");
    await transitionRole(testDb(), admin, role.id, 2, "publish");
    const renamed = await updateRole(testDb(), admin, role.id, 3, input({ titleEn: "Completely New Title", slug: "completely-new-title" }));
    expect(renamed.role.slug).toBe("completely-new-title");
    expect(await getPublishedRole("renamed-role")).toBeNull();
    expect(await currentSlugFor("renamed-role")).toBe("completely-new-title");
    // The old slug stays reserved: nobody else can take it.
    await expect(createRole(testDb(), editor, input({ titleEn: "X", slug: "renamed-role" }), randomUUID())).rejects.toMatchObject({ kind: "slug_taken" });
    // A draft renamed before it was ever public leaves no redirect.
    const { role: draft } = await createRole(testDb(), editor, input({ titleEn: "Quiet Draft" }), randomUUID());
    await updateRole(testDb(), editor, draft.id, 1, input({ titleEn: "Quiet Draft", slug: "quiet-draft-renamed" }));
    expect(await testDb().slugRedirect.count({ where: { oldSlug: "quiet-draft" } })).toBe(0);
  });
});

describe("workflow, visibility and audit", () => {
  it("draft → review → published → unpublished → archived → restored → deleted → restored, each audited", async () => {
    const { role } = await createRole(testDb(), editor, input({ titleEn: "Workflow Walker" }), randomUUID());
    const isPublic = async () => (await getPublishedRole(role.slug)) !== null;
    expect(await isPublic()).toBe(false);
    await transitionRole(testDb(), editor, role.id, 1, "submit");
    await expect(transitionRole(testDb(), editor, role.id, 2, "publish")).rejects.toMatchObject({ status: 403 });
    await transitionRole(testDb(), admin, role.id, 2, "publish");
    expect(await isPublic()).toBe(true);
    await expect(transitionRole(testDb(), admin, role.id, 3, "publish")).rejects.toMatchObject({ kind: "invalid_state" });
    await transitionRole(testDb(), admin, role.id, 3, "unpublish");
    expect(await isPublic()).toBe(false);
    await transitionRole(testDb(), admin, role.id, 4, "archive");
    await transitionRole(testDb(), admin, role.id, 5, "restore");
    await transitionRole(testDb(), admin, role.id, 6, "publish");
    await transitionRole(testDb(), admin, role.id, 7, "delete");
    expect(await isPublic()).toBe(false);
    await expect(updateRole(testDb(), admin, role.id, 8, input({ titleEn: "Edit deleted" }))).rejects.toMatchObject({ kind: "not_found" });
    await transitionRole(testDb(), admin, role.id, 8, "restore");
    expect(await isPublic()).toBe(true);
    const entries = await history(role.id);
    expect(entries.map((e) => e.action)).toEqual([
      "role.create", "role.submit", "role.publish", "role.unpublish", "role.archive", "role.restore", "role.publish", "role.delete", "role.restore",
    ]);
    expect(entries[2]?.changes).toMatchObject({ status: { before: "review", after: "published" } });
    expect(entries.every((e) => e.actorId && e.actorEmail)).toBe(true);
  });

  it("rolls the change back when its audit entry cannot be written (same transaction)", async () => {
    const { role } = await createRole(testDb(), editor, input({ titleEn: "Atomic" }), randomUUID());
    const ghost = { id: "not-a-uuid", email: "ghost@test.example", role: "admin" as const };
    await expect(updateRole(testDb(), ghost, role.id, 1, input({ titleEn: "Atomic", summaryEn: "changed" }))).rejects.toThrow();
    expect((await testDb().role.findUniqueOrThrow({ where: { id: role.id } })).summaryEn).toBe("Tends prompts.");
  });

  it("the audit log refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(testDb().$executeRaw`UPDATE audit_log SET action = 'x'`).rejects.toThrow(/append-only/);
    await expect(testDb().$executeRaw`DELETE FROM audit_log`).rejects.toThrow(/append-only/);
    await expect(testDb().$executeRaw`TRUNCATE audit_log`).rejects.toThrow(/append-only/);
  });

  it("a successful save expires the cached public reads at once (roles, openings, the role's detail) and the admin pages", async () => {
    actAs(editor);
    revalidated.length = 0;
    expiredTags.length = 0;
    await saveRoleAction({ status: "idle" }, form({ titleEn: "Revalidated Role", idempotencyKey: randomUUID() })).catch(() => {});
    expect(expiredTags).toEqual(
      expect.arrayContaining([
        { tag: "roles", profile: { expire: 0 } },
        { tag: "openings", profile: { expire: 0 } },
        { tag: "role:revalidated-role", profile: { expire: 0 } },
      ]),
    );
    expect(revalidated).toEqual(["/[locale]/admin"]);
  });

  it("field errors come back beside each field with the input kept", async () => {
    actAs(editor);
    const state = await saveRoleAction({ status: "idle" }, form({ titleEn: "", titleZh: "", slug: "Bad Slug!", summaryEn: "kept", idempotencyKey: randomUUID() }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.titleEn?.[0]).toMatch(/title/);
    expect(state.fieldErrors?.slug?.[0]).toMatch(/lowercase/);
    expect(state.values).toMatchObject({ summaryEn: "kept", slug: "Bad Slug!" });
  });

  it("answers in the request's language: Chinese field errors and a redirect that stays under /zh", async () => {
    actAs(editor);
    stubLocale.current = "zh";
    try {
      const state = await saveRoleAction({ status: "idle" }, form({ titleEn: "", titleZh: "", idempotencyKey: randomUUID() }));
      expect(state.fieldErrors?.titleEn?.[0]).toBe(MESSAGES.zh.admin.validation.titleRequired);
      const saved = await saveRoleAction({ status: "idle" }, form({ titleEn: "Chinese Redirect Role", idempotencyKey: randomUUID() })).catch((e) => e);
      expect(saved).toBeInstanceOf(RedirectSignal);
      expect((saved as RedirectSignal).url).toMatch(/^\/zh\/admin\/roles\/[0-9a-f-]{36}\?saved=1$/);
    } finally {
      stubLocale.current = "en";
    }
  });
});

describe("staff accounts", () => {
  it("never leaves the site without an active admin, and audits changes without hashes", async () => {
    const admins = await testDb().staffUser.findMany({ where: { role: "ADMIN", active: true } });
    await testDb().staffUser.updateMany({ where: { id: { in: admins.map((a) => a.id) } }, data: { active: false } });
    try {
      const only = await makeStaff("admin");
      await expect(updateStaffUser(testDb(), only, only.id, { role: "editor" })).rejects.toBeInstanceOf(StaffError);
      await expect(updateStaffUser(testDb(), only, only.id, { active: false })).rejects.toBeInstanceOf(StaffError);
      const email = `New.Editor.${Date.now()}@Test.Example`;
      const created = await createStaffUser(testDb(), only, { email: ` ${email} `, password: "a long enough password", role: "editor" });
      expect(created.email).toBe(email.toLowerCase());
      await expect(createStaffUser(testDb(), only, { email: email.toUpperCase(), password: "a long enough password", role: "editor" })).rejects.toMatchObject({ field: "email" });
      await updateStaffUser(testDb(), only, created.id, { role: "admin", password: "yet another long password" });
      const entries = await testDb().auditEntry.findMany({ where: { entityType: "staff", entityId: created.id }, orderBy: { id: "asc" } });
      expect(entries.map((e) => e.action)).toEqual(["staff.create", "staff.update"]);
      expect(entries[1]?.changes).toEqual({ role: { before: "editor", after: "admin" }, password: { before: "(set)", after: "(changed)" } });
      expect(JSON.stringify(entries.map((e) => e.changes))).not.toContain("argon2");
    } finally {
      await testDb().staffUser.updateMany({ where: { id: { in: admins.map((a) => a.id) } }, data: { active: true } });
    }
  });
});
