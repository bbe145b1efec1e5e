/*
 * Calendar dates and time zones of openings, with Intl only (no date library). An opening's dates are calendar
 * days in the opening's own time zone: it is listed from the start of datePosted until the end of validThrough
 * there. No server-only imports: the admin form uses these in the browser.
 */

/** The time zone an opening has when none is given (the board's home market). */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";
/** Earliest and latest dates accepted: anything outside is a typo, not a job posting. */
export const DATE_MIN = "2000-01-01";
export const DATE_MAX = "2100-12-31";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of year-month-day (month 1–12; overflowing days carry), for any year (Date.UTC maps 0–99 to 19xx). */
function utcDay(y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t;
}

/**
 * Whether `s` is a real calendar date written YYYY-MM-DD ("2026-02-29" no, "2028-02-29" yes, "2026-2-1" no).
 * Input: any string. Output: boolean. The DATE_MIN–DATE_MAX range is checked separately (inDateRange). Pure.
 */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = utcDay(y, mo, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Whether a valid YYYY-MM-DD date lies within DATE_MIN…DATE_MAX (string order is date order). Pure. */
export function inDateRange(date: string): boolean {
  return date >= DATE_MIN && date <= DATE_MAX;
}

// The ten geographic areas of the IANA tz database. "US/Eastern", "PRC", "EST5EDT", "Etc/GMT-8" and abbreviations
// such as "CST" (which Intl reads as America/Chicago, not China) are legacy links or fixed offsets; we want the
// place, so that daylight saving follows the place's rules.
const AREA_LOCATION = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(\/[A-Za-z0-9][A-Za-z0-9_+\-]*){1,2}$/i;

let zoneList: Map<string, string> | null = null;
function zoneSpelling(zone: string): string | undefined {
  if (!zoneList) {
    zoneList = new Map();
    try {
      for (const z of Intl.supportedValuesOf("timeZone")) zoneList.set(z.toLowerCase(), z);
    } catch {
      // An old runtime without supportedValuesOf: zones keep the spelling they were given.
    }
  }
  return zoneList.get(zone.toLowerCase());
}

/**
 * The stored spelling of an IANA time zone, or null when `zone` is not one we accept. Accepted: "UTC" and an
 * Area/Location name the runtime knows ("Asia/Shanghai", "America/Argentina/Buenos_Aires"); case is corrected
 * where the runtime lists the zone ("asia/shanghai" → "Asia/Shanghai"). Refused: offsets ("+08:00", "GMT+8"),
 * abbreviations ("CST", "EST"), legacy links ("US/Eastern", "PRC"), "Etc/…" and unknown names ("Mars/Olympus").
 * The name is kept as given otherwise (no canonicalisation: "Asia/Kolkata" stays, though ICU calls it
 * "Asia/Calcutta"). Input: trimmed text. Output: string | null. Pure.
 */
export function normalizeTimeZone(zone: string): string | null {
  if (/^utc$/i.test(zone)) return "UTC";
  if (!AREA_LOCATION.test(zone)) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch (err) {
    if (err instanceof RangeError) return null;
    throw err;
  }
  return zoneSpelling(zone) ?? zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallClock(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time at instant `t` (ms) in `zone`, written as if it were UTC (ms). */
function wallAsUtc(t: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of wallClock(zone).formatToParts(new Date(t))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return utcDay(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0).getTime();
}

/** The zone's UTC offset (ms, east positive) at instant `t`, to the second. */
const offsetAt = (t: number, zone: string) => wallAsUtc(Math.floor(t / 1000) * 1000, zone) - Math.floor(t / 1000) * 1000;

const DAY = 86_400_000;

/**
 * The first instant of calendar day `date` in `zone`. Usually local midnight; where midnight does not exist
 * (a daylight-saving change at 00:00, e.g. America/Santiago, or a skipped day, Pacific/Apia 2011-12-30) it is the
 * moment of the change; where midnight happens twice, the earlier.
 */
function startOfDay(date: string, zone: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const L = utcDay(y, m, d).getTime();
  // Zones change offset at most once within a day of any instant (true of every zone in the tz database since 1970).
  const before = offsetAt(L - DAY, zone);
  const after = offsetAt(L + DAY, zone);
  const candidates = [...new Set([L - before, L - after])].filter((t) => wallAsUtc(t, zone) === L).sort((a, b) => a - b);
  if (candidates[0] !== undefined) return candidates[0];
  // Midnight falls in a gap: the day starts at the change itself, the first instant with the later offset.
  let lo = L - before - DAY; // still on the earlier offset
  let hi = L - before; // already on the later one
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (offsetAt(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The day after a YYYY-MM-DD date, as YYYY-MM-DD (proleptic Gregorian, UTC arithmetic). */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return utcDay(y, m, d + 1).toISOString().slice(0, 10);
}

/**
 * The instant an opening stops being current: the start of the day after `validThrough` in `timeZone` (so the
 * opening is listed through 23:59:59 local time on validThrough). Daylight-saving safe: computed from the zone's
 * real offsets, not a fixed one. Examples: ("2026-12-01", "Asia/Shanghai") → 2026-12-01T16:00:00.000Z;
 * ("2026-03-07", "America/New_York") → 2026-03-08T05:00:00.000Z (EST), ("2026-03-08", same) →
 * 2026-03-09T04:00:00.000Z (EDT). Input: a YYYY-MM-DD date and a zone accepted by normalizeTimeZone ("" = the
 * default, Asia/Shanghai). Output: a Date. Throws RangeError for an invalid date or zone.
 */
export function expiresAt(validThrough: string, timeZone: string): Date {
  if (!isCalendarDate(validThrough)) throw new RangeError(`validThrough must be a date written YYYY-MM-DD (got ${JSON.stringify(validThrough)})`);
  const zone = timeZone === "" ? DEFAULT_TIME_ZONE : normalizeTimeZone(timeZone);
  if (zone === null) throw new RangeError(`Not an IANA time zone such as Asia/Shanghai or UTC: ${JSON.stringify(timeZone)}`);
  return new Date(startOfDay(nextDay(validThrough), zone));
}

/**
 * The calendar date (YYYY-MM-DD) of instant `ms` in `timeZone`, e.g. a Lever `createdAt`. Input: milliseconds
 * since 1970-01-01T00:00:00Z and a zone accepted by normalizeTimeZone ("" = Asia/Shanghai). Output: the date.
 * Throws RangeError for a non-finite instant or an invalid zone.
 */
export function dateInZone(ms: number, timeZone: string): string {
  if (!Number.isFinite(ms)) throw new RangeError("The instant must be a finite number of milliseconds");
  const zone = timeZone === "" ? DEFAULT_TIME_ZONE : normalizeTimeZone(timeZone);
  if (zone === null) throw new RangeError(`Not an IANA time zone such as Asia/Shanghai or UTC: ${JSON.stringify(timeZone)}`);
  return new Date(wallAsUtc(ms, zone)).toISOString().slice(0, 10);
}
