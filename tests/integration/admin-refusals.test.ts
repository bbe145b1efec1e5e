import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/admin/export/route";
import { POST as importRoute } from "@/app/api/admin/import/route";
import { listAuditEntries } from "@/lib/audit/data";
import { AccessDenied } from "@/lib/auth/roles";
import { setSessionReaderForTests } from "@/lib/auth/session";
import { getAdminRole, getRoleHistory, listAdminRoles } from "@/lib/roles/admin/data";
import { parseAdminRoleQuery } from "@/lib/roles/admin/query";
import { saveRoleAction, transitionRoleAction } from "@/lib/roles/admin/actions";
import { createStaffAction, updateStaffAction } from "@/lib/staff/actions";
import { listStaff } from "@/lib/staff/data";
import { insertRole, resetCatalogue, testDb } from "../support/database";
import { actAs, makeStaff, snapshotAll } from "../support/staff";

// Every mutation and every read of unpublished data, called directly (no proxy, no UI) without a session, as a
// disabled account, and as an editor where an admin is needed: each must be refused and change nothing.

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const listing = { titleEn: "Refusal Probe", titleZh: "拒绝测试", tier: "unspecified", horizon: "unspecified" };

let admin: Awaited<ReturnType<typeof makeStaff>>;
let editor: Awaited<ReturnType<typeof makeStaff>>;
let disabled: Awaited<ReturnType<typeof makeStaff>>;
let draftId: string;
let publishedId: string;
let deletedId: string;

beforeAll(async () => {
  await resetCatalogue();
  admin = await makeStaff("admin");
  editor = await makeStaff("editor");
  disabled = await makeStaff("admin");
  await testDb().staffUser.update({ where: { id: disabled.id }, data: { active: false } });
  draftId = (await insertRole({ slug: "refusal-draft", status: "DRAFT", publishedAt: null })).id;
  publishedId = (await insertRole({ slug: "refusal-published" })).id;
  deletedId = (await insertRole({ slug: "refusal-deleted", status: "ARCHIVED", deletedAt: new Date() })).id;
});
afterAll(() => setSessionReaderForTests());

/** Each mutation as a function of the FormData it gets; the returned state must carry a refusal message. */
const mutations = () => ({
  "create listing": () => saveRoleAction({ status: "idle" }, form({ ...listing, idempotencyKey: randomUUID() })),
  "edit draft": () => saveRoleAction({ status: "idle" }, form({ ...listing, id: draftId, version: "1" })),
  "edit published": () => saveRoleAction({ status: "idle" }, form({ ...listing, id: publishedId, version: "1" })),
  submit: () => transitionRoleAction({}, form({ id: draftId, version: "1", intent: "submit" })),
  publish: () => transitionRoleAction({}, form({ id: draftId, version: "1", intent: "publish" })),
  unpublish: () => transitionRoleAction({}, form({ id: publishedId, version: "1", intent: "unpublish" })),
  archive: () => transitionRoleAction({}, form({ id: publishedId, version: "1", intent: "archive" })),
  delete: () => transitionRoleAction({}, form({ id: publishedId, version: "1", intent: "delete" })),
  restore: () => transitionRoleAction({}, form({ id: deletedId, version: "1", intent: "restore" })),
  "create staff": () => createStaffAction({}, form({ email: "new-person@test.example", password: "a long enough password", role: "admin" })),
  "promote staff": () => updateStaffAction({}, form({ id: editor.id, role: "admin" })),
  "disable staff": () => updateStaffAction({}, form({ id: admin.id, active: "false" })),
  "reset password": () => updateStaffAction({}, form({ id: admin.id, password: "another long password" })),
});
const ADMIN_ONLY = ["edit published", "publish", "unpublish", "archive", "delete", "restore", "create staff", "promote staff", "disable staff", "reset password"];

const refusalOf = (state: unknown) => {
  const s = state as { message?: string; error?: string; status?: string };
  return s.message ?? s.error ?? "";
};

describe.each([
  ["no session", () => actAs(null), Object.keys(mutations()), /sign in/i],
  ["a disabled account", () => actAs(disabled), Object.keys(mutations()), /sign in/i],
  ["an editor", () => actAs(editor), ADMIN_ONLY, /admin/i],
])("server actions with %s", (_who, signIn, names, message) => {
  it.each(names)("refuses %s and changes nothing", async (name) => {
    signIn();
    const before = await snapshotAll();
    const state = await mutations()[name as keyof ReturnType<typeof mutations>]();
    expect(refusalOf(state)).toMatch(message);
    expect(await snapshotAll()).toBe(before);
  });
});

describe("admin reads and route handlers", () => {
  const importRequest = () => {
    const body = new FormData();
    body.set("file", new Blob(["titleEn,titleZh\nImported,导入\n"], { type: "text/csv" }), "x.csv");
    return new NextRequest("http://localhost/api/admin/import", { method: "POST", body });
  };

  it.each([
    ["nobody", null, 401],
    ["a disabled account", "disabled", 401],
    ["an editor", "editor", 403],
  ] as const)("export and import refuse %s with %i and change nothing", async (_who, who, status) => {
    actAs(who === null ? null : who === "editor" ? editor : disabled);
    const before = await snapshotAll();
    const exp = await exportRoute(new NextRequest("http://localhost/api/admin/export?format=json"));
    expect(exp.status).toBe(status);
    expect((await exp.json()).error.status).toBe(status);
    const imp = await importRoute(importRequest());
    expect(imp.status).toBe(status);
    expect(await snapshotAll()).toBe(before);
  });

  it("listing reads refuse visitors and disabled accounts", async () => {
    for (const who of [null, disabled]) {
      actAs(who);
      await expect(listAdminRoles(parseAdminRoleQuery({}).query)).rejects.toBeInstanceOf(AccessDenied);
      await expect(getAdminRole(draftId)).rejects.toBeInstanceOf(AccessDenied);
      await expect(getRoleHistory(draftId)).rejects.toBeInstanceOf(AccessDenied);
    }
  });

  it("audit log and staff list refuse editors", async () => {
    actAs(editor);
    await expect(listAuditEntries({})).rejects.toMatchObject({ status: 403 });
    await expect(listStaff()).rejects.toMatchObject({ status: 403 });
    // ...while editors may read listings in every state.
    expect((await listAdminRoles(parseAdminRoleQuery({ status: "draft" }).query)).items.map((i) => i.slug)).toContain("refusal-draft");
  });

  it("a demoted admin loses admin rights on the very next call", async () => {
    const demoted = await makeStaff("admin");
    actAs(demoted);
    expect((await listStaff()).length).toBeGreaterThan(0);
    await testDb().staffUser.update({ where: { id: demoted.id }, data: { role: "EDITOR" } });
    await expect(listStaff()).rejects.toMatchObject({ status: 403 });
    await testDb().staffUser.update({ where: { id: demoted.id }, data: { active: false } });
    await expect(listAdminRoles(parseAdminRoleQuery({}).query)).rejects.toMatchObject({ status: 401 });
  });

  it("an admin may do what the editor was refused (the refusals above are about roles, not broken inputs)", async () => {
    actAs(admin);
    const state = await transitionRoleAction({}, form({ id: draftId, version: "1", intent: "publish" })).catch((e: unknown) => e);
    expect(String((state as Error).message ?? "")).toContain(`/admin/roles/${draftId}?done=publish`);
    const exp = await exportRoute(new NextRequest("http://localhost/api/admin/export?format=csv"));
    expect(exp.status).toBe(200);
    expect(await exp.text()).toContain("refusal-published");
  });
});
