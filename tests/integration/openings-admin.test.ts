import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { setSessionReaderForTests } from "@/lib/auth/session";
import { saveOpeningAction, transitionOpeningAction } from "@/lib/openings/admin/actions";
import { getAdminOpening, getOpeningHistory, listAdminOpenings } from "@/lib/openings/admin/data";
import { parseAdminOpeningQuery } from "@/lib/openings/admin/query";
import {
  createOpening,
  defaultValidThrough,
  OpeningError,
  openingSnapshot,
  storedOpeningValues,
  transitionOpening,
  updateOpening,
} from "@/lib/openings/admin/service";
import { getPublishedOpening, listCurrentOpenings } from "@/lib/openings/data";
import { type OpeningInput, parseOpeningForm } from "@/lib/openings/form/schema";
import { DEFAULT_OPENING_QUERY } from "@/lib/openings/query";
import { createRole } from "@/lib/roles/admin/service";
import { parseRoleForm } from "@/lib/roles/admin/form";
import { expiredTags, RedirectSignal, stubLocale } from "../support/next-stubs";
import { insertRole, resetCatalogue, testDb } from "../support/database";
import { actAs, makeStaff, snapshotAll } from "../support/staff";

// The openings' admin writes against a real Postgres: create (idempotent, role must exist, slugs), versioned
// edits with conflicts read back from the audit log, the shared workflow with the roles' rights, every change
// audited in its own transaction; and the server actions' answers (field errors, conflicts, refusals, redirects).

const BASE = {
  roleSlug: "data-detective",
  titleEn: "Data Analyst, Growth",
  employerName: "Example Corp",
  workplaceType: "on-site",
  locations: "上海, CN",
  employmentType: "full-time",
  applyUrl: "https://jobs.example/apply/1",
  datePosted: "2026-11-20",
};
const input = (over: Record<string, string> = {}): OpeningInput => {
  const r = parseOpeningForm({ ...BASE, ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors));
  return r.input;
};
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const history = (id: string) => testDb().auditEntry.findMany({ where: { entityType: "opening", entityId: id }, orderBy: { id: "asc" } });
const stored = (id: string) => testDb().opening.findUniqueOrThrow({ where: { id }, include: { role: { select: { slug: true } } } });
/** Runs a server action that should redirect; returns the URL. */
const redirectOf = async (p: Promise<unknown>) => {
  const r = await p.catch((e: unknown) => e);
  if (!(r instanceof RedirectSignal)) throw new Error(`expected a redirect, got ${JSON.stringify(r)}`);
  return r.url;
};

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

describe("create", () => {
  it("stores a draft with the columns the schema gave, validThrough = datePosted + 60 days, audited as opening.create", async () => {
    const { opening, created } = await createOpening(testDb(), editor, input({ salaryMin: "15,000", salaryMax: "30000", salaryCurrency: "cny", salaryPeriod: "month", salaryMonths: "14" }), randomUUID());
    expect(created).toBe(true);
    expect(opening).toMatchObject({ status: "DRAFT", version: 1, slug: "data-analyst-growth", salaryCurrency: "CNY", salaryMonths: 14, timeZone: "Asia/Shanghai" });
    expect(opening.validThrough.toISOString().slice(0, 10)).toBe("2027-01-19");
    expect(defaultValidThrough("2026-11-20")).toBe("2027-01-19");
    // The trigger derived the rest: the expiry instant (start of 2027-01-20 in Shanghai), city keys, yearly pay.
    expect(opening.expiresAt.toISOString()).toBe("2027-01-19T16:00:00.000Z");
    expect(opening.cityKeys).toEqual(["上海"]);
    expect(Number(opening.salaryYearMax)).toBe(30000 * 14);
    const [entry] = await history(opening.id);
    expect(entry).toMatchObject({ action: "opening.create", entityType: "opening", version: 1, actorEmail: editor.email });
    expect(entry?.changes).toMatchObject({
      roleSlug: { before: null, after: "data-detective" },
      locations: { before: null, after: "上海, CN" },
      salaryMin: { before: null, after: "15000" },
      salaryMonths: { before: null, after: "14" },
      validThrough: { before: null, after: "2027-01-19" },
      status: { before: null, after: "draft" },
    });
    // The stored values read back through the same schema give the same opening (so "unchanged" means unchanged).
    const again = parseOpeningForm(storedOpeningValues(opening));
    expect(again.ok && again.input).toMatchObject({ salaryMin: 15000, salaryMonths: 14, locations: [{ city: "上海", country: "CN" }], validThrough: "2027-01-19" });
  });

  it("slugs: from the English title, -2 for a repeat, a stable hash for a Chinese-only title", async () => {
    const a = await createOpening(testDb(), editor, input({ titleEn: "ML Engineer at 100% Remote", workplaceType: "remote", locations: "" }), randomUUID());
    const b = await createOpening(testDb(), editor, input({ titleEn: "ML Engineer at 100% Remote", workplaceType: "remote", locations: "" }), randomUUID());
    const c = await createOpening(testDb(), editor, input({ titleEn: "", titleZh: "数据分析师（用户增长）" }), randomUUID());
    const d = await createOpening(testDb(), editor, input({ titleEn: "", titleZh: "数据分析师（用户增长）" }), randomUUID());
    expect(a.opening.slug).toBe("ml-engineer-at-100-remote");
    expect(b.opening.slug).toBe("ml-engineer-at-100-remote-2");
    expect(c.opening.slug).toMatch(/^job-[0-9a-f]{8}$/);
    expect(d.opening.slug).toBe(`${c.opening.slug}-2`);
    await expect(createOpening(testDb(), editor, input({ slug: a.opening.slug }), randomUUID())).rejects.toMatchObject({ kind: "slug_taken", field: "slug" });
  });

  it("needs an existing role that is not deleted: a field error on roleSlug, nothing stored", async () => {
    await insertRole({ slug: "gone-role", deletedAt: new Date() });
    const before = await snapshotAll();
    for (const roleSlug of ["no-such-role", "gone-role"]) {
      const err = await createOpening(testDb(), editor, input({ roleSlug }), randomUUID()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpeningError);
      expect(err).toMatchObject({ kind: "role_missing", field: "roleSlug", status: 422 });
    }
    expect(await snapshotAll()).toBe(before);
    actAs(editor);
    const state = await saveOpeningAction({ status: "idle" }, form({ ...BASE, roleSlug: "no-such-role", idempotencyKey: randomUUID() }));
    expect(state.fieldErrors?.roleSlug).toEqual(['There is no role "no-such-role" (or it was deleted): choose one of the roles']);
    expect(state.values?.roleSlug).toBe("no-such-role");
  });

  it("is idempotent: concurrent identical creates and a resubmitted form give one opening", async () => {
    const key = randomUUID();
    const data = input({ titleEn: "Double Click Analyst" });
    const [a, b] = await Promise.all([createOpening(testDb(), editor, data, key), createOpening(testDb(), editor, data, key)]);
    expect(a.opening.id).toBe(b.opening.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await testDb().opening.count({ where: { titleEn: "Double Click Analyst" } })).toBe(1);
    expect((await history(a.opening.id)).filter((e) => e.action === "opening.create")).toHaveLength(1);

    actAs(editor);
    const f = () => form({ ...BASE, titleEn: "Resubmitted Opening", idempotencyKey: "0d6f9a52-2b7e-4c1e-9a3f-6b2c8e1d4f70" });
    const first = await redirectOf(saveOpeningAction({ status: "idle" }, f()));
    const second = await redirectOf(saveOpeningAction({ status: "idle" }, f()));
    expect(first).toMatch(/^\/en\/admin\/openings\/[0-9a-f-]{36}\?saved=1$/);
    expect(second).toBe(first);
    expect(await testDb().opening.count({ where: { titleEn: "Resubmitted Opening" } })).toBe(1);
  });

  it("refuses a key used by someone else, or by a role's form", async () => {
    const key = randomUUID();
    await createOpening(testDb(), editor, input({ titleEn: "Keyed" }), key);
    await expect(createOpening(testDb(), other, input({ titleEn: "Keyed" }), key)).rejects.toMatchObject({ kind: "duplicate_submission" });
    const roleKey = randomUUID();
    const role = parseRoleForm({ titleEn: "Keyed Role" });
    if (!role.ok) throw new Error("role input");
    await createRole(testDb(), editor, role.input, roleKey);
    await expect(createOpening(testDb(), editor, input({ titleEn: "Keyed" }), roleKey)).rejects.toMatchObject({ kind: "duplicate_submission" });
  });

  it("refuses an external id another opening has, with a clear message", async () => {
    await createOpening(testDb(), editor, input({ titleEn: "Greenhouse One", externalId: "greenhouse:1" }), randomUUID());
    await expect(createOpening(testDb(), editor, input({ titleEn: "Greenhouse Two", externalId: "greenhouse:1" }), randomUUID())).rejects.toMatchObject({
      kind: "external_id_taken",
      field: "externalId",
      message: 'The external ID "greenhouse:1" is already used by the opening "greenhouse-one"',
    });
  });
});

describe("edit", () => {
  it("refuses a save over a newer version, says what the other person changed (from the audit log), keeps the input", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Conflict Analyst" }), randomUUID());
    await updateOpening(testDb(), other, opening.id, 1, input({ titleEn: "Conflict Analyst", locations: "上海, CN\n北京, CN", salaryText: "面议" }));
    actAs(editor);
    const typed = { ...BASE, titleEn: "Conflict Analyst", employerName: "My Own Employer" };
    const state = await saveOpeningAction({ status: "idle" }, form({ ...typed, id: opening.id, version: "1" }));
    expect(state.status).toBe("conflict");
    expect(state.version).toBe(2);
    expect(state.message).toBe(MESSAGES.en.admin.openings.errors.conflict.replace("{from}", "1").replace("{now}", "2"));
    expect(state.values?.employerName).toBe("My Own Employer");
    expect(state.conflict).toEqual([
      expect.objectContaining({ field: "locations", before: "上海, CN", after: "上海, CN; 北京, CN", by: [other.email] }),
      expect.objectContaining({ field: "salaryText", before: "", after: "面议", by: [other.email] }),
    ]);
    expect((await stored(opening.id)).employerName).toBe("Example Corp");

    // Saving over (the form sends the reported version and the one it started from) merges field by field: the
    // other person's changes to fields this input left alone stay (issue 12, item 2, for openings too).
    expect(state.baseVersion).toBe(1);
    await redirectOf(saveOpeningAction({ status: "idle" }, form({ ...typed, id: opening.id, version: "2", baseVersion: "1" })));
    expect(await stored(opening.id)).toMatchObject({ employerName: "My Own Employer", salaryText: "面议", version: 3 });
    expect((await stored(opening.id)).locations).toEqual([{ city: "上海", country: "CN" }, { city: "北京", country: "CN" }]);
    expect((await history(opening.id)).map((e) => [e.action, e.actorEmail, e.version])).toEqual([
      ["opening.create", editor.email, 1],
      ["opening.update", other.email, 2],
      ["opening.update", editor.email, 3],
    ]);
  });

  it("saving over: a field both changed is overwritten only once the conflict showed it", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Both Changed" }), randomUUID());
    await updateOpening(testDb(), other, opening.id, 1, input({ titleEn: "Both Changed", salaryText: "theirs" }));
    // From version 1, claiming to have seen nothing newer than 1: refused with the field marked "overwrite".
    await expect(updateOpening(testDb(), editor, opening.id, 1, input({ titleEn: "Both Changed", salaryText: "mine" }))).rejects.toMatchObject({ kind: "conflict" });
    // Having seen version 2 (their "theirs"), the save over replaces it; the version moves on once.
    await updateOpening(testDb(), editor, opening.id, 2, input({ titleEn: "Both Changed", salaryText: "mine" }), { baseVersion: 1 });
    expect(await stored(opening.id)).toMatchObject({ salaryText: "mine", version: 3 });
    // A third person changes it again meanwhile: the old "shown" no longer holds, so it is refused again.
    await updateOpening(testDb(), other, opening.id, 3, input({ titleEn: "Both Changed", salaryText: "third" }));
    await expect(updateOpening(testDb(), editor, opening.id, 3, input({ titleEn: "Both Changed", salaryText: "mine again" }), { baseVersion: 1 })).rejects.toMatchObject({ kind: "conflict" });
    expect(await stored(opening.id)).toMatchObject({ salaryText: "third", version: 4 });
  });

  it("of two simultaneous saves of the same version exactly one wins", async () => {
    for (let round = 0; round < 4; round++) {
      const { opening } = await createOpening(testDb(), editor, input({ titleEn: `Race ${round}` }), randomUUID());
      const results = await Promise.allSettled([
        updateOpening(testDb(), editor, opening.id, 1, input({ titleEn: `Race ${round}`, salaryText: "A" })),
        updateOpening(testDb(), other, opening.id, 1, input({ titleEn: `Race ${round}`, salaryText: "B" })),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(lost?.reason).toMatchObject({ kind: "conflict" });
      expect((await stored(opening.id)).version).toBe(2);
      expect((await history(opening.id)).filter((e) => e.action === "opening.update")).toHaveLength(1);
    }
  });

  it("an edit that changes nothing keeps the version and writes no entry; a role change needs a live role", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Steady Analyst" }), randomUUID());
    const same = await updateOpening(testDb(), editor, opening.id, 1, input({ titleEn: "Steady Analyst" }));
    expect(same).toMatchObject({ changed: false, opening: { version: 1 } });
    expect(await history(opening.id)).toHaveLength(1);
    await expect(updateOpening(testDb(), editor, opening.id, 1, input({ titleEn: "Steady Analyst", roleSlug: "gone-role" }))).rejects.toMatchObject({ kind: "role_missing" });
    const moved = await updateOpening(testDb(), editor, opening.id, 1, input({ titleEn: "Steady Analyst", roleSlug: "chief-trust-officer" }));
    expect(moved).toMatchObject({ changed: true, previousRoleSlug: "data-detective", opening: { role: { slug: "chief-trust-officer" } } });
    expect((await history(opening.id)).at(-1)?.changes).toEqual({ roleSlug: { before: "data-detective", after: "chief-trust-officer" } });
  });

  it("an external id another opening has is refused, on the externalId field in the form", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Lever Edit" }), randomUUID());
    await expect(updateOpening(testDb(), editor, opening.id, 1, input({ titleEn: "Lever Edit", externalId: "greenhouse:1" }))).rejects.toMatchObject({ kind: "external_id_taken" });
    actAs(editor);
    const state = await saveOpeningAction({ status: "idle" }, form({ ...BASE, titleEn: "Lever Edit", externalId: "greenhouse:1", id: opening.id, version: "1" }));
    expect(state.fieldErrors?.externalId).toEqual(['The external ID "greenhouse:1" is already used by another opening']);
    expect((await stored(opening.id)).externalId).toBeNull();
  });

  it("keeps the slug on edits; once public the slug cannot change (openings have no redirects)", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Renamed Opening" }), randomUUID());
    const renamedDraft = await updateOpening(testDb(), editor, opening.id, 1, input({ titleEn: "Another Title", slug: "renamed-opening-draft" }));
    expect(renamedDraft.opening.slug).toBe("renamed-opening-draft");
    const kept = await updateOpening(testDb(), editor, opening.id, 2, input({ titleEn: "Yet Another Title" }));
    expect(kept.opening.slug).toBe("renamed-opening-draft");
    await transitionOpening(testDb(), admin, opening.id, 3, "publish");
    await transitionOpening(testDb(), admin, opening.id, 4, "unpublish");
    await expect(updateOpening(testDb(), admin, opening.id, 5, input({ titleEn: "Yet Another Title", slug: "renamed-again" }))).rejects.toMatchObject({ kind: "slug_locked", field: "slug" });
  });
});

describe("workflow, rights, visibility and audit", () => {
  it("draft → review → published → unpublished → archived → restored → published → deleted → restored, each audited", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Workflow Walker", validThrough: "2099-12-31" }), randomUUID());
    const isPublic = async () => (await getPublishedOpening(opening.slug)) !== null;
    const listed = async () => (await listCurrentOpenings({ ...DEFAULT_OPENING_QUERY, q: "Workflow Walker" })).items.some((i) => i.slug === opening.slug);
    expect(await isPublic()).toBe(false);
    await transitionOpening(testDb(), editor, opening.id, 1, "submit");
    await expect(transitionOpening(testDb(), editor, opening.id, 2, "publish")).rejects.toMatchObject({ status: 403 });
    await expect(updateOpening(testDb(), editor, opening.id, 2, input({ titleEn: "Workflow Walker", validThrough: "2099-12-31", salaryText: "x" }))).resolves.toMatchObject({ changed: true });
    await transitionOpening(testDb(), admin, opening.id, 3, "publish");
    expect(await isPublic()).toBe(true);
    expect(await listed()).toBe(true);
    // Editors may not edit a published opening; admins may.
    await expect(updateOpening(testDb(), editor, opening.id, 4, input({ titleEn: "Workflow Walker", validThrough: "2099-12-31" }))).rejects.toMatchObject({ status: 403 });
    await expect(transitionOpening(testDb(), admin, opening.id, 4, "publish")).rejects.toMatchObject({ kind: "invalid_state" });
    await transitionOpening(testDb(), admin, opening.id, 4, "unpublish");
    expect(await isPublic()).toBe(false);
    await transitionOpening(testDb(), admin, opening.id, 5, "archive");
    await transitionOpening(testDb(), admin, opening.id, 6, "restore");
    await transitionOpening(testDb(), admin, opening.id, 7, "publish");
    await transitionOpening(testDb(), admin, opening.id, 8, "delete");
    expect(await isPublic()).toBe(false);
    await expect(updateOpening(testDb(), admin, opening.id, 9, input({ titleEn: "Edit deleted" }))).rejects.toMatchObject({ kind: "not_found" });
    await expect(transitionOpening(testDb(), admin, opening.id, 9, "archive")).rejects.toMatchObject({ kind: "invalid_state", message: "This listing is deleted: restore it first" });
    await transitionOpening(testDb(), admin, opening.id, 9, "restore");
    expect(await isPublic()).toBe(true);
    const entries = await history(opening.id);
    expect(entries.map((e) => e.action)).toEqual([
      "opening.create", "opening.submit", "opening.update", "opening.publish", "opening.unpublish", "opening.archive",
      "opening.restore", "opening.publish", "opening.delete", "opening.restore",
    ]);
    expect(entries.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(entries[3]?.changes).toMatchObject({ status: { before: "review", after: "published" }, publishedAt: { before: null } });
    expect(entries.every((e) => e.actorId && e.actorEmail)).toBe(true);
  });

  it("a stale workflow step is a conflict", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Stale Step" }), randomUUID());
    await transitionOpening(testDb(), editor, opening.id, 1, "submit");
    await expect(transitionOpening(testDb(), admin, opening.id, 1, "publish")).rejects.toMatchObject({ kind: "conflict" });
    actAs(admin);
    const state = await transitionOpeningAction({}, form({ id: opening.id, version: "1", intent: "publish" }));
    expect(state.error).toBe(MESSAGES.en.admin.openings.errors.staleTransition);
  });

  it("archive, unpublish and delete need the confirm step (confirmed=1), as for roles (issue 12, item 3)", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Confirm Me" }), randomUUID());
    await transitionOpening(testDb(), admin, opening.id, 1, "publish");
    actAs(admin);
    for (const intent of ["unpublish", "archive", "delete"]) {
      const state = await transitionOpeningAction({}, form({ id: opening.id, version: "2", intent }));
      expect(state.error).toBe(MESSAGES.en.admin.errors.confirmFirst);
    }
    expect(await stored(opening.id)).toMatchObject({ status: "PUBLISHED", version: 2, deletedAt: null });
    await expect(transitionOpeningAction({}, form({ id: opening.id, version: "2", intent: "archive", confirmed: "1" }))).rejects.toThrow();
    expect(await stored(opening.id)).toMatchObject({ status: "ARCHIVED", version: 3 });
  });

  it("rolls the change back when its audit entry cannot be written (same transaction)", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Atomic Opening" }), randomUUID());
    const ghost = { id: "not-a-uuid", email: "ghost@test.example", role: "admin" as const };
    await expect(updateOpening(testDb(), ghost, opening.id, 1, input({ titleEn: "Atomic Opening", salaryText: "changed" }))).rejects.toThrow();
    await expect(transitionOpening(testDb(), ghost, opening.id, 1, "publish")).rejects.toThrow();
    expect(await stored(opening.id)).toMatchObject({ salaryText: "", status: "DRAFT", version: 1 });
  });

  it("the snapshot spells locations on one line and enum values as the form does", async () => {
    const { opening } = await createOpening(testDb(), editor, input({ titleEn: "Snapshot", workplaceType: "hybrid", locations: "London, GB\nParis, fr", remoteCountries: "gb", experienceLevel: "lead" }), randomUUID());
    expect(openingSnapshot(opening)).toMatchObject({ workplaceType: "hybrid", locations: "London, GB; Paris, FR", remoteCountries: "GB", experienceLevel: "lead", employmentType: "full-time", status: "draft" });
  });
});

describe("server actions", () => {
  let draftId: string;
  let publishedId: string;
  beforeAll(async () => {
    draftId = (await createOpening(testDb(), editor, input({ titleEn: "Action Draft" }), randomUUID())).opening.id;
    const p = await createOpening(testDb(), editor, input({ titleEn: "Action Published", validThrough: "2099-12-31" }), randomUUID());
    await transitionOpening(testDb(), admin, p.opening.id, 1, "publish");
    publishedId = p.opening.id;
  });
  const mutations = () => ({
    create: () => saveOpeningAction({ status: "idle" }, form({ ...BASE, idempotencyKey: randomUUID() })),
    "edit draft": () => saveOpeningAction({ status: "idle" }, form({ ...BASE, titleEn: "Action Draft", salaryText: "x", id: draftId, version: "1" })),
    "edit published": () => saveOpeningAction({ status: "idle" }, form({ ...BASE, titleEn: "Action Published", validThrough: "2099-12-31", salaryText: "x", id: publishedId, version: "2" })),
    submit: () => transitionOpeningAction({}, form({ id: draftId, version: "1", intent: "submit" })),
    publish: () => transitionOpeningAction({}, form({ id: draftId, version: "1", intent: "publish" })),
    unpublish: () => transitionOpeningAction({}, form({ id: publishedId, version: "2", intent: "unpublish" })),
    archive: () => transitionOpeningAction({}, form({ id: publishedId, version: "2", intent: "archive" })),
    delete: () => transitionOpeningAction({}, form({ id: publishedId, version: "2", intent: "delete" })),
  });
  const ADMIN_ONLY = ["edit published", "publish", "unpublish", "archive", "delete"];
  const refusal = (state: unknown) => (state as { message?: string; error?: string }).message ?? (state as { error?: string }).error ?? "";

  it.each([...Object.keys(mutations())])("refuses %s to a visitor and changes nothing", async (name) => {
    actAs(null);
    const before = await snapshotAll();
    expect(refusal(await mutations()[name as keyof ReturnType<typeof mutations>]())).toBe(MESSAGES.en.admin.errors.signIn);
    expect(await snapshotAll()).toBe(before);
  });

  it.each(ADMIN_ONLY)("refuses %s to an editor (in the page's language) and changes nothing", async (name) => {
    actAs(editor);
    stubLocale.current = "zh";
    try {
      const before = await snapshotAll();
      const message = refusal(await mutations()[name as keyof ReturnType<typeof mutations>]());
      expect([MESSAGES.zh.admin.errors.onlyAdmin, MESSAGES.zh.admin.openings.errors.adminOnlyEdit]).toContain(message);
      expect(await snapshotAll()).toBe(before);
    } finally {
      stubLocale.current = "en";
    }
  });

  it("field errors come back beside each field, translated, with the input kept", async () => {
    actAs(editor);
    stubLocale.current = "zh";
    try {
      const state = await saveOpeningAction({ status: "idle" }, form({ ...BASE, titleEn: "Kept", salaryMin: "40000", salaryMax: "30000", salaryCurrency: "XYZ", salaryPeriod: "year", applyUrl: "javascript:alert(1)", idempotencyKey: randomUUID() }));
      expect(state.status).toBe("error");
      expect(state.message).toBe(MESSAGES.zh.admin.errors.fixFields);
      expect(state.fieldErrors?.applyUrl).toEqual([MESSAGES.zh.admin.openingValidation.applyLink]);
      expect(state.fieldErrors?.salaryMax).toEqual([MESSAGES.zh.admin.openingValidation.salaryOrder]);
      expect(state.fieldErrors?.salaryCurrency?.[0]).toContain("XYZ");
      expect(state.values).toMatchObject({ titleEn: "Kept", applyUrl: "javascript:alert(1)" });
    } finally {
      stubLocale.current = "en";
    }
  });

  it("a save and a workflow step expire the cached openings reads and the opening's detail at once", async () => {
    actAs(admin);
    expiredTags.length = 0;
    const url = await redirectOf(saveOpeningAction({ status: "idle" }, form({ ...BASE, titleEn: "Revalidated Opening", roleSlug: "chief-trust-officer", idempotencyKey: randomUUID() })));
    const id = url.match(/openings\/([0-9a-f-]{36})/)![1]!;
    const now = { profile: { expire: 0 } };
    expect(expiredTags).toEqual(expect.arrayContaining([{ tag: "openings", ...now }, { tag: "opening:revalidated-opening", ...now }]));
    expiredTags.length = 0;
    expect(await redirectOf(transitionOpeningAction({}, form({ id, version: "1", intent: "publish" })))).toBe(`/en/admin/openings/${id}?done=publish`);
    expect(expiredTags).toEqual(expect.arrayContaining([{ tag: "openings", ...now }, { tag: "opening:revalidated-opening", ...now }]));
  });
});

describe("admin reads", () => {
  it("list by status, keyword and role with per-status counts; one by id; its history; all refused to visitors", async () => {
    actAs(editor);
    const all = await listAdminOpenings(parseAdminOpeningQuery({}));
    expect(all.total).toBe(all.statusCounts.draft + all.statusCounts.review + all.statusCounts.published + all.statusCounts.archived);
    const published = await listAdminOpenings(parseAdminOpeningQuery({ status: "published" }));
    expect(published.items.length).toBeGreaterThan(0);
    expect(published.items.every((i) => i.status === "PUBLISHED" && !i.deleted)).toBe(true);
    const found = await listAdminOpenings(parseAdminOpeningQuery({ q: "workflow walker", status: ["published", "deleted"] }));
    expect(found.items.map((i) => i.titleEn)).toEqual(["Workflow Walker"]);
    const byRole = await listAdminOpenings(parseAdminOpeningQuery({ role: "chief-trust-officer" }));
    expect(byRole.items.length).toBeGreaterThan(0);
    expect(byRole.items.every((i) => i.role.slug === "chief-trust-officer")).toBe(true);
    expect(parseAdminOpeningQuery({ status: ["bogus", "draft"], page: "x", role: "Not A Slug" })).toEqual({ status: ["draft"], q: "", role: undefined, page: 1 });

    const one = found.items[0]!;
    expect((await getAdminOpening(one.id))?.slug).toBe(one.slug);
    expect((await getOpeningHistory(one.id)).at(0)?.action).toBe("opening.restore");
    expect(await getAdminOpening("not-a-uuid")).toBeNull();

    actAs(null);
    await expect(listAdminOpenings(parseAdminOpeningQuery({}))).rejects.toMatchObject({ status: 401 });
    await expect(getAdminOpening(one.id)).rejects.toMatchObject({ status: 401 });
    await expect(getOpeningHistory(one.id)).rejects.toMatchObject({ status: 401 });
  });
});
