import { beforeAll, describe, expect, it } from "vitest";
import { EMAIL_FAILURES } from "@/lib/auth/rate-limit";
import { checkSignIn } from "@/lib/auth/sign-in";
import { testDb } from "../support/database";
import { makeStaff } from "../support/staff";

describe("checkSignIn", () => {
  // Counters from earlier runs on the same database must not leak into these.
  beforeAll(() => testDb().$executeRaw`DELETE FROM auth_rate_limits`);

  it("accepts the right password in any email case and refuses wrong or disabled ones alike", async () => {
    const u = await makeStaff("editor");
    expect(await checkSignIn(u.email.toUpperCase(), u.password, "10.0.0.1")).toMatchObject({ ok: true, user: { id: u.id, role: "editor" } });
    expect(await checkSignIn(u.email, "wrong password!", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkSignIn("nobody@test.example", u.password, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkSignIn(undefined, undefined, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    await testDb().staffUser.update({ where: { id: u.id }, data: { active: false } });
    expect(await checkSignIn(u.email, u.password, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down repeated failures per account (stored in Postgres), even for the right password", async () => {
    const u = await makeStaff("admin");
    for (let i = 0; i < EMAIL_FAILURES; i++) {
      expect((await checkSignIn(u.email, `wrong ${i}`, `10.1.0.${i}`)).ok).toBe(false);
    }
    const blocked = await checkSignIn(u.email, u.password, "10.1.1.1");
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(60);
    const rows = await testDb().$queryRaw<{ key: string }[]>`SELECT key FROM auth_rate_limits WHERE key LIKE ${`%${u.email}`}`;
    expect(rows.length).toBe(1);
    // Another account is not affected.
    const other = await makeStaff("admin");
    expect((await checkSignIn(other.email, other.password, "10.1.1.1")).ok).toBe(true);
  });

  it("slows down many failures from one address across accounts", async () => {
    const address = `10.2.${Math.floor(Math.random() * 250)}.7`;
    for (let i = 0; i < 20; i++) await checkSignIn(`spray-${i}-${Date.now()}@test.example`, "guess", address);
    const u = await makeStaff("editor");
    expect(await checkSignIn(u.email, u.password, address)).toMatchObject({ reason: "rate_limited" });
    expect((await checkSignIn(u.email, u.password, "10.3.0.1")).ok).toBe(true);
  });
});
