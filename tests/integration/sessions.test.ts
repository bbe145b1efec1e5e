import { afterAll, describe, expect, it } from "vitest";
import { currentStaff, setSessionReaderForTests } from "@/lib/auth/session";
import { createStaffSession, isStaffSessionLive, revokeStaffSession } from "@/lib/auth/sessions";
import { updateStaffUser } from "@/lib/staff/service";
import { testDb } from "../support/database";
import { makeStaff } from "../support/staff";

// Issue 12, item 4: signing out revokes the session (a copied cookie stopped working only after 8 hours), and a
// password reset ends the account's other sessions.
afterAll(() => setSessionReaderForTests());

const as = (userId: string, sessionId: string) => setSessionReaderForTests(() => Promise.resolve({ userId, sessionId }));

describe("server-side sessions", () => {
  it("a revoked session is signed out at once; another session of the same user is not", async () => {
    const editor = await makeStaff("editor");
    const a = await createStaffSession(editor.id, 3600);
    const b = await createStaffSession(editor.id, 3600);
    as(editor.id, a);
    expect((await currentStaff())?.id).toBe(editor.id);
    await revokeStaffSession(a);
    expect(await isStaffSessionLive(a, editor.id)).toBe(false);
    as(editor.id, a);
    expect(await currentStaff()).toBeNull();
    as(editor.id, b);
    expect((await currentStaff())?.id).toBe(editor.id);
    // A session id of another user, an expired one, a malformed one: refused.
    const other = await makeStaff("editor");
    as(other.id, b);
    expect(await currentStaff()).toBeNull();
    const expired = await createStaffSession(editor.id, -1);
    expect(await isStaffSessionLive(expired, editor.id)).toBe(false);
    expect(await isStaffSessionLive("not-a-uuid", editor.id)).toBe(false);
  });

  it("a password reset ends the account's other sessions (the admin's own stays); deactivation ends all", async () => {
    const admin = await makeStaff("admin");
    const editor = await makeStaff("editor");
    const adminSession = await createStaffSession(admin.id, 3600);
    const adminOther = await createStaffSession(admin.id, 3600);
    const e1 = await createStaffSession(editor.id, 3600);
    const e2 = await createStaffSession(editor.id, 3600);
    await updateStaffUser(testDb(), { ...admin, sessionId: adminSession }, editor.id, { password: "a brand new password 123" });
    expect([await isStaffSessionLive(e1, editor.id), await isStaffSessionLive(e2, editor.id)]).toEqual([false, false]);
    await updateStaffUser(testDb(), { ...admin, sessionId: adminSession }, admin.id, { password: "another new password 456" });
    expect(await isStaffSessionLive(adminSession, admin.id)).toBe(true);
    expect(await isStaffSessionLive(adminOther, admin.id)).toBe(false);
    const e3 = await createStaffSession(editor.id, 3600);
    await updateStaffUser(testDb(), { ...admin, sessionId: adminSession }, editor.id, { active: false });
    expect(await isStaffSessionLive(e3, editor.id)).toBe(false);
  });
});
