import { describe, expect, it } from "vitest";
import { dateInZone, expiresAt, isCalendarDate, normalizeTimeZone } from "@/lib/openings/form/dates";
import { expiresAt as expiresAtFromForm } from "@/lib/openings/form/schema";

/** The wall-clock time of an instant in a zone, "YYYY-MM-DD HH:MM:SS". */
function wall(d: Date, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

describe("expiresAt: the start of the day after validThrough, in the opening's zone", () => {
  it("2026-12-01 in Asia/Shanghai ends at 2026-12-01T16:00:00Z (listed through 23:59:59 +08:00)", () => {
    const end = expiresAt("2026-12-01", "Asia/Shanghai");
    expect(end.toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(wall(new Date(end.getTime() - 1000), "Asia/Shanghai")).toBe("2026-12-01 23:59:59");
    expect(wall(end, "Asia/Shanghai")).toBe("2026-12-02 00:00:00");
  });

  it("is exported from form.ts too, and '' means Asia/Shanghai", () => {
    expect(expiresAtFromForm("2026-12-01", "").toISOString()).toBe("2026-12-01T16:00:00.000Z");
  });

  it.each([
    // America/New_York: EDT → EST on 2026-11-01, EST → EDT on 2026-03-08 (both at 02:00 local)
    ["2026-03-07", "America/New_York", "2026-03-08T05:00:00.000Z"],
    ["2026-03-08", "America/New_York", "2026-03-09T04:00:00.000Z"],
    ["2026-10-31", "America/New_York", "2026-11-01T04:00:00.000Z"],
    ["2026-11-01", "America/New_York", "2026-11-02T05:00:00.000Z"],
    // Europe/Berlin: CET → CEST on 2026-03-29, CEST → CET on 2026-10-25 (at 02:00/03:00 local)
    ["2026-03-28", "Europe/Berlin", "2026-03-28T23:00:00.000Z"],
    ["2026-03-29", "Europe/Berlin", "2026-03-29T22:00:00.000Z"],
    ["2026-10-24", "Europe/Berlin", "2026-10-24T22:00:00.000Z"],
    ["2026-10-25", "Europe/Berlin", "2026-10-25T23:00:00.000Z"],
  ])("%s in %s (daylight-saving change) → %s", (date, zone, iso) => {
    const end = expiresAt(date, zone);
    expect(end.toISOString()).toBe(iso);
    expect(wall(end, zone).slice(11)).toBe("00:00:00");
  });

  it.each([
    ["2026-12-31", "Asia/Shanghai", "2026-12-31T16:00:00.000Z"],
    ["2026-12-31", "UTC", "2027-01-01T00:00:00.000Z"],
    ["2026-12-31", "America/New_York", "2027-01-01T05:00:00.000Z"],
    ["2026-12-31", "Pacific/Kiritimati", "2026-12-31T10:00:00.000Z"],
    ["2026-12-31", "Pacific/Pago_Pago", "2027-01-01T11:00:00.000Z"],
    ["2027-12-31", "Europe/Berlin", "2027-12-31T23:00:00.000Z"],
    ["2028-02-28", "UTC", "2028-02-29T00:00:00.000Z"],
    ["2026-02-28", "UTC", "2026-03-01T00:00:00.000Z"],
  ])("year and month ends: %s in %s → %s", (date, zone, iso) => {
    expect(expiresAt(date, zone).toISOString()).toBe(iso);
  });

  it("where midnight does not exist the day starts at the change (America/Santiago, 2026-09-06 00:00 → 01:00)", () => {
    const end = expiresAt("2026-09-05", "America/Santiago");
    expect(end.toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(wall(end, "America/Santiago")).toBe("2026-09-06 01:00:00");
    expect(wall(new Date(end.getTime() - 1000), "America/Santiago")).toBe("2026-09-05 23:59:59");
  });

  it("where midnight comes after a fall-back it is the one real midnight (America/Santiago, 2026-04-05)", () => {
    expect(expiresAt("2026-04-04", "America/Santiago").toISOString()).toBe("2026-04-05T04:00:00.000Z");
  });

  it("a skipped day ends at the start of the next existing one (Pacific/Apia skipped 2011-12-30)", () => {
    const end = expiresAt("2011-12-29", "Pacific/Apia");
    expect(end.toISOString()).toBe("2011-12-30T10:00:00.000Z");
    expect(wall(end, "Pacific/Apia")).toBe("2011-12-31 00:00:00");
  });

  it("handles zones with odd offsets (Asia/Kathmandu +05:45)", () => {
    expect(expiresAt("2026-03-28", "Asia/Kathmandu").toISOString()).toBe("2026-03-28T18:15:00.000Z");
  });

  it.each([
    ["2026-02-29", "Asia/Shanghai"],
    ["2026-12-1", "Asia/Shanghai"],
    ["2026-12-01", "Mars/Olympus"],
    ["2026-12-01", "+08:00"],
    ["2026-12-01", "CST"],
  ])("throws RangeError for %j in %j", (date, zone) => {
    expect(() => expiresAt(date, zone)).toThrow(RangeError);
  });
});

describe("dateInZone", () => {
  it("dates an instant in the zone", () => {
    expect(dateInZone(Date.parse("2026-12-01T15:59:59Z"), "Asia/Shanghai")).toBe("2026-12-01");
    expect(dateInZone(Date.parse("2026-12-01T16:00:00Z"), "Asia/Shanghai")).toBe("2026-12-02");
    expect(dateInZone(Date.parse("2026-12-01T16:00:00Z"), "")).toBe("2026-12-02");
    expect(dateInZone(Date.parse("2026-12-01T03:00:00Z"), "America/New_York")).toBe("2026-11-30");
    expect(() => dateInZone(Number.NaN, "UTC")).toThrow(RangeError);
    expect(() => dateInZone(0, "+08:00")).toThrow(RangeError);
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2026-12-01", true],
    ["2028-02-29", true],
    ["2000-02-29", true],
    ["2100-02-29", false],
    ["2026-02-29", false],
    ["2026-04-31", false],
    ["2026-00-10", false],
    ["2026-12-00", false],
    ["2026-12-1", false],
    ["２０２６-12-01", false],
    [" 2026-12-01", false],
  ])("%j → %s", (s, v) => {
    expect(isCalendarDate(s)).toBe(v);
  });
});

describe("normalizeTimeZone", () => {
  it.each([
    ["Asia/Shanghai", "Asia/Shanghai"],
    ["asia/shanghai", "Asia/Shanghai"],
    ["UTC", "UTC"],
    ["Utc", "UTC"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["America/North_Dakota/New_Salem", "America/North_Dakota/New_Salem"],
    ["Mars/Olympus", null],
    ["+08:00", null],
    ["CST", null],
    ["GMT", null],
    ["Etc/UTC", null],
    ["US/Pacific", null],
    ["Asia/../Shanghai", null],
  ])("%j → %j", (z, v) => {
    expect(normalizeTimeZone(z)).toBe(v);
  });
});
