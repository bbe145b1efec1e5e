import { beforeAll, describe, expect, it } from "vitest";
import { emailSchema, normaliseEmail } from "@/lib/alerts/email";
import { digestPeriod } from "@/lib/alerts/period";
import { alertSearchString, parseAlertSearch, storedAlertQuery } from "@/lib/alerts/query";
import { signToken, verifyToken } from "@/lib/alerts/tokens";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "unit-test-secret-unit-test-secret-unit-test";
});

describe("alert addresses", () => {
  it("are stored trimmed, NFC and lower case, and invalid ones are refused", () => {
    expect(normaliseEmail("  Ana.Li@Example.COM ")).toBe("ana.li@example.com");
    expect(emailSchema.parse(" X@Y.io ")).toBe("x@y.io");
    for (const bad of ["", "no-at-sign", "a@", "@b.com", "a b@c.com", `${"a".repeat(250)}@b.com`]) expect(emailSchema.safeParse(bad).success).toBe(false);
    expect(emailSchema.safeParse(42).success).toBe(false);
  });
});

describe("alert searches", () => {
  it("keep the filters of the jobs contract and drop page, cursor and sort; read back the same", () => {
    const parsed = parseAlertSearch("city=上海&q=数据&workplace=remote&page=2&sort=newest&pageSize=5");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.query).toMatchObject({ city: ["上海"], q: "数据", workplace: ["remote"] });
    expect(parsed.query).not.toHaveProperty("page");
    expect(parsed.query).not.toHaveProperty("cursor");
    const stored = JSON.parse(JSON.stringify(parsed.query));
    expect(storedAlertQuery(stored)).toMatchObject({ city: ["上海"], q: "数据", workplace: ["remote"], page: 1 });
    expect(alertSearchString(stored)).toBe("?city=%E4%B8%8A%E6%B5%B7&workplace=remote&q=%E6%95%B0%E6%8D%AE");
  });

  it("refuse what the contract refuses", () => {
    const refused = parseAlertSearch("workplace=moon&salaryMin=10");
    expect(refused.ok).toBe(false);
    expect(storedAlertQuery({ workplace: ["moon"] })).toBeNull();
    expect(storedAlertQuery(null)).toBeNull();
  });
});

describe("alert tokens", () => {
  it("carry their subject and refuse tampering, another purpose and expiry", () => {
    const now = Date.UTC(2026, 11, 2);
    const t = signToken("manage", "ana@example.com", now);
    expect(verifyToken("manage", t, now + 1000)).toEqual({ ok: true, subject: "ana@example.com" });
    expect(verifyToken("confirm", t, now)).toEqual({ ok: false, reason: "invalid" });
    const [p, , e, sig] = t.split(".");
    const forged = `${p}.${Buffer.from("eve@example.com").toString("base64url")}.${e}.${sig}`;
    expect(verifyToken("manage", forged, now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken("manage", t, now + 366 * 86_400_000)).toEqual({ ok: false, reason: "expired" });
    expect(verifyToken("confirm", signToken("confirm", "x", now), now + 7 * 86_400_000 + 1)).toEqual({ ok: false, reason: "expired" });
    for (const junk of [undefined, 5, "", "a.b.c", "a.b.c.d.e", "x".repeat(2000)]) expect(verifyToken("manage", junk).ok).toBe(false);
  });
});

describe("digest periods", () => {
  it("are the UTC date for daily alerts and the ISO 8601 week for weekly ones", () => {
    expect(digestPeriod("daily", new Date("2026-12-02T23:59:59Z"))).toBe("2026-12-02");
    expect(digestPeriod("weekly", new Date("2026-12-02T10:00:00Z"))).toBe("2026-W49");
    // ISO weeks around the new year: 2026-12-31 (Thursday) is in 2026-W53, 2027-01-03 (Sunday) too, 2027-01-04 starts W01.
    expect(digestPeriod("weekly", new Date("2026-12-31T12:00:00Z"))).toBe("2026-W53");
    expect(digestPeriod("weekly", new Date("2027-01-03T12:00:00Z"))).toBe("2026-W53");
    expect(digestPeriod("weekly", new Date("2027-01-04T00:00:00Z"))).toBe("2027-W01");
    expect(digestPeriod("weekly", new Date("2024-12-30T00:00:00Z"))).toBe("2025-W01");
  });
});
