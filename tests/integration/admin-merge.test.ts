import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSessionReaderForTests } from "@/lib/auth/session";
import { createRole, RoleError, roleSnapshot, transitionRole, updateRole } from "@/lib/roles/admin/service";
import { saveRoleAction, transitionRoleAction } from "@/lib/roles/admin/actions";
import { parseRoleForm, ROLE_FIELDS, type RoleFormValues, type RoleInput } from "@/lib/roles/admin/form";
import type { RoleFormState } from "@/lib/roles/admin/form-state";
import { RedirectSignal } from "../support/next-stubs";
import { resetCatalogue, testDb } from "../support/database";
import { actAs, makeStaff, snapshotAll } from "../support/staff";

// "Save over their version" merges field by field (issue 12, item 2), and the steps that take a listing off the
// public pages need a confirmed request (item 3). Against the real database, through the server actions where the
// form's round trip matters.

const parse = (values: Record<string, string>): RoleInput => {
  const r = parseRoleForm(values);
  if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors));
  return r.input;
};
const form = (fields: Record<string, string | number>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  return f;
};
const stored = (id: string) => testDb().role.findUniqueOrThrow({ where: { id } });
const history = (id: string) => testDb().auditEntry.findMany({ where: { entityType: "role", entityId: id }, orderBy: { id: "asc" } });
/** The edit form's values as the admin page fills them from the stored role (what each person "opened"). */
const opened = async (id: string): Promise<RoleFormValues> => {
  const snap = roleSnapshot(await stored(id));
  return Object.fromEntries(ROLE_FIELDS.map((f) => [f, String(snap[f] ?? "")])) as RoleFormValues;
};
/** Calls saveRoleAction and returns its state, or "saved" when it redirected (success). */
const save = (fields: Record<string, string | number>): Promise<RoleFormState | "saved"> =>
  saveRoleAction({ status: "idle" }, form(fields)).catch((e: unknown) => {
    if (e instanceof RedirectSignal && e.url.includes("?saved=1")) return "saved" as const;
    throw e;
  });

let alice: Awaited<ReturnType<typeof makeStaff>>;
let bob: Awaited<ReturnType<typeof makeStaff>>;
let carol: Awaited<ReturnType<typeof makeStaff>>;
let admin: Awaited<ReturnType<typeof makeStaff>>;

beforeAll(async () => {
  await resetCatalogue();
  alice = await makeStaff("editor");
  bob = await makeStaff("editor");
  carol = await makeStaff("editor");
  admin = await makeStaff("admin");
});
afterAll(() => setSessionReaderForTests());

async function draft(title: string) {
  const base = { titleEn: title, titleZh: "合并测试", summaryEn: "Base summary.", descriptionEn: "Base description.", sourceName: "Editors" };
  const { role } = await createRole(testDb(), alice, parse(base), randomUUID());
  return role;
}

describe("saving over their version merges field by field", () => {
  it("A changes the title, B (same version) the description: the conflict says A's title is kept, and saving over keeps both", async () => {
    const role = await draft("Merge Reporter");
    const bobOpened = await opened(role.id);
    const aliceOpened = await opened(role.id);
    // A saves a title (and slug) change.
    actAs(alice);
    expect(await save({ ...aliceOpened, titleEn: "Merge Reporter (Alice)", slug: "merge-reporter-alice", id: role.id, version: 1, baseVersion: 1 })).toBe("saved");

    // B saves a description change from version 1: refused, nothing stored, with what saving over will do.
    actAs(bob);
    const state = await save({ ...bobOpened, descriptionEn: "Bob's description.", id: role.id, version: 1, baseVersion: 1 });
    if (state === "saved") throw new Error("B's stale save went through");
    expect(state.status).toBe("conflict");
    expect(state).toMatchObject({ version: 2, baseVersion: 1 });
    expect(state.conflict).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "titleEn", before: "Merge Reporter", after: "Merge Reporter (Alice)", outcome: "theirs", by: [alice.email] }),
        expect.objectContaining({ field: "slug", before: "merge-reporter", after: "merge-reporter-alice", outcome: "theirs" }),
      ]),
    );
    expect(state.conflict).toHaveLength(2);
    expect(state.conflict?.filter((c) => c.outcome === "overwrite")).toEqual([]);
    // The form now shows what saving over stores: A's title and slug, B's description.
    expect(state.values).toMatchObject({ titleEn: "Merge Reporter (Alice)", slug: "merge-reporter-alice", descriptionEn: "Bob's description." });
    expect((await stored(role.id)).descriptionEn).toBe("Base description.");

    // B saves over, sending back what the form holds and both versions.
    expect(await save({ ...state.values!, id: role.id, version: state.version!, baseVersion: state.baseVersion! })).toBe("saved");
    const after = await stored(role.id);
    expect(after).toMatchObject({ titleEn: "Merge Reporter (Alice)", slug: "merge-reporter-alice", descriptionEn: "Bob's description.", version: 3 });
    const entries = await history(role.id);
    expect(entries.map((e) => [e.action, e.actorEmail, e.version])).toEqual([
      ["role.create", alice.email, 1],
      ["role.update", alice.email, 2],
      ["role.update", bob.email, 3],
    ]);
    // B's entry records only B's change: A's title was not touched, let alone reverted.
    expect(entries[2]?.changes).toEqual({ descriptionEn: { before: "Base description.", after: "Bob's description." } });
  });

  it("keeps A's values in the fields B did not edit even when B's form sends its old values back (the reported bug)", async () => {
    const role = await draft("Untouched Fields");
    const bobOpened = await opened(role.id);
    await updateRole(testDb(), alice, role.id, 1, parse({ ...(await opened(role.id)), titleEn: "Untouched Fields (A)", titleZh: "甲改的标题", tier: "medium-to-high" }));
    actAs(bob);
    // "Save over" exactly as the old form did it: all of B's values as opened, at the newer version, plus the base.
    expect(await save({ ...bobOpened, summaryZh: "乙写的摘要。", id: role.id, version: 2, baseVersion: 1 })).toBe("saved");
    expect(await stored(role.id)).toMatchObject({
      titleEn: "Untouched Fields (A)",
      titleZh: "甲改的标题",
      tier: "MEDIUM_TO_HIGH",
      summaryZh: "乙写的摘要。",
      summaryEn: "Base summary.",
      version: 3,
    });
    expect((await history(role.id)).at(-1)).toMatchObject({
      actorEmail: bob.email,
      version: 3,
      changes: { summaryZh: { before: "", after: "乙写的摘要。" } },
    });
  });

  it("refuses a field both changed differently until B has seen A's value, then B's value wins", async () => {
    const role = await draft("Same Field");
    const bobOpened = await opened(role.id);
    await updateRole(testDb(), alice, role.id, 1, parse({ ...(await opened(role.id)), summaryEn: "Alice's summary." }));

    const mine = parse({ ...bobOpened, summaryEn: "Bob's summary.", descriptionEn: "Bob's description." });
    const first = await updateRole(testDb(), bob, role.id, 1, mine).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(RoleError);
    expect((first as RoleError).conflict).toMatchObject({
      baseVersion: 1,
      currentVersion: 2,
      changes: [{ field: "summaryEn", before: "Base summary.", after: "Alice's summary.", mine: "Bob's summary.", outcome: "overwrite" }],
    });
    expect(await stored(role.id)).toMatchObject({ summaryEn: "Alice's summary.", descriptionEn: "Base description.", version: 2 });

    // B saw the conflict at version 2; meanwhile Carol changes the same field again: B has not seen that value.
    await updateRole(testDb(), carol, role.id, 2, parse({ ...(await opened(role.id)), summaryEn: "Carol's summary." }));
    const before = await snapshotAll();
    const second = await updateRole(testDb(), bob, role.id, 2, mine, { baseVersion: 1 }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(RoleError);
    expect((second as RoleError).conflict).toMatchObject({
      currentVersion: 3,
      changes: [expect.objectContaining({ field: "summaryEn", after: "Carol's summary.", by: [alice.email, carol.email], outcome: "overwrite" })],
    });
    expect(await snapshotAll()).toBe(before);

    // A version newer than the stored one cannot have been shown: no overwrite on that claim.
    await expect(updateRole(testDb(), bob, role.id, 9, mine, { baseVersion: 1 })).rejects.toMatchObject({ kind: "conflict" });

    // Having seen Carol's value (version 3), B's value wins; B's description goes in too.
    const saved = await updateRole(testDb(), bob, role.id, 3, mine, { baseVersion: 1 });
    expect(saved.merge?.fields.find((f) => f.field === "summaryEn")?.outcome).toBe("overwrite");
    expect(await stored(role.id)).toMatchObject({ summaryEn: "Bob's summary.", descriptionEn: "Bob's description.", version: 4 });
    expect((await history(role.id)).at(-1)).toMatchObject({
      actorEmail: bob.email,
      version: 4,
      changes: {
        summaryEn: { before: "Carol's summary.", after: "Bob's summary." },
        descriptionEn: { before: "Base description.", after: "Bob's description." },
      },
    });
  });

  it("takes in changes made after the conflict was shown when they touch fields B left alone", async () => {
    const role = await draft("Late Change");
    const bobOpened = await opened(role.id);
    await updateRole(testDb(), alice, role.id, 1, parse({ ...(await opened(role.id)), titleEn: "Late Change (A)" }));
    actAs(bob);
    const state = await save({ ...bobOpened, descriptionEn: "B's text.", id: role.id, version: 1 });
    if (state === "saved") throw new Error("B's stale save went through");
    // After B was shown version 2, Carol edits the title again and submits the listing for review.
    await updateRole(testDb(), carol, role.id, 2, parse({ ...(await opened(role.id)), titleEn: "Late Change (C)" }));
    await transitionRole(testDb(), carol, role.id, 3, "submit");
    // B's form holds A's title (prefilled, as shown): it follows their newer value, it does not overwrite it.
    expect(state.values?.titleEn).toBe("Late Change (A)");
    expect(await save({ ...state.values!, id: role.id, version: state.version!, baseVersion: state.baseVersion! })).toBe("saved");
    expect(await stored(role.id)).toMatchObject({ titleEn: "Late Change (C)", descriptionEn: "B's text.", status: "REVIEW", version: 5 });
    expect((await history(role.id)).at(-1)?.changes).toEqual({ descriptionEn: { before: "Base description.", after: "B's text." } });
  });

  it("refuses to merge when the audit log misses a version, rather than guess", async () => {
    const role = await draft("Gap In History");
    const bobOpened = await opened(role.id);
    // A version bump the app did not make (no audit entry): base values can no longer be rebuilt.
    await testDb().$executeRaw`UPDATE roles SET title_en = 'Changed Behind The Log', version = version + 1 WHERE id = ${role.id}::uuid`;
    actAs(bob);
    const state = await save({ ...bobOpened, descriptionEn: "B's text.", id: role.id, version: 2, baseVersion: 1 });
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining("history is incomplete") });
    expect(await stored(role.id)).toMatchObject({ titleEn: "Changed Behind The Log", descriptionEn: "Base description." });
  });

  it("refuses malformed version pairs", async () => {
    const role = await draft("Bad Versions");
    actAs(bob);
    const values = await opened(role.id);
    for (const pair of [{ version: 1, baseVersion: 2 }, { version: 1, baseVersion: 0 }, { version: 1, baseVersion: "x" }]) {
      expect(await save({ ...values, id: role.id, ...pair })).toMatchObject({ status: "error", message: expect.stringMatching(/version/) });
    }
    await expect(updateRole(testDb(), bob, role.id, 1, parse(values), { baseVersion: 2 })).rejects.toBeInstanceOf(RangeError);
  });
});

describe("steps that take a listing off the public pages need a confirmed request", () => {
  it.each(["unpublish", "archive", "delete"] as const)("%s without confirmation changes nothing; confirmed, it is taken", async (intent) => {
    const role = await draft(`Confirm ${intent}`);
    await transitionRole(testDb(), admin, role.id, 1, "publish");
    actAs(admin);
    const before = await snapshotAll();
    const refused = await transitionRoleAction({}, form({ id: role.id, version: 2, intent }));
    expect(refused.error).toMatch(/confirm/i);
    expect(await snapshotAll()).toBe(before);
    const url = await transitionRoleAction({}, form({ id: role.id, version: 2, intent, confirmed: "1" })).catch((e: RedirectSignal) => e.url);
    expect(url).toBe(`/en/admin/roles/${role.id}?done=${intent}`);
    const expected = { unpublish: { status: "DRAFT" }, archive: { status: "ARCHIVED" }, delete: { status: "PUBLISHED", deletedAt: expect.any(Date) } };
    expect(await stored(role.id)).toMatchObject({ version: 3, ...expected[intent] });
    expect((await history(role.id)).at(-1)).toMatchObject({ action: `role.${intent}`, actorEmail: admin.email, version: 3 });
  });

  it("submit and publish need no confirmation", async () => {
    const role = await draft("No Confirm Needed");
    actAs(admin);
    await expect(transitionRoleAction({}, form({ id: role.id, version: 1, intent: "submit" }))).rejects.toBeInstanceOf(RedirectSignal);
    await expect(transitionRoleAction({}, form({ id: role.id, version: 2, intent: "publish" }))).rejects.toBeInstanceOf(RedirectSignal);
    expect((await stored(role.id)).status).toBe("PUBLISHED");
  });
});
