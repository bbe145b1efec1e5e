/**
 * The roles ticked for comparison, kept in this browser (localStorage key `atlas:compare`): slugs in the order
 * ticked, at most COMPARE_MAX_TICKED. One store for every place that shows a "Compare" tick or the "N of 4 ticked"
 * count (browse cards on any page or filter, the role page, the insights matrix), so the count is the real
 * selection wherever it is shown. Safe to import from client components; a no-op (or []) where localStorage is
 * unavailable. Subscribers hear changes from this tab and from others.
 */

export const COMPARE_KEY = "atlas:compare";
const EVENT = "atlas:compare-change";
/** The same bound as the compare page's (lib/roles/compare.ts COMPARE_MAX), kept free of zod for the browser. */
export const COMPARE_MAX_TICKED = 4;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

let cachedRaw: string | null | undefined;
let cachedList: string[] = [];

/** The ticked slugs; the same array object until the stored value changes (for useSyncExternalStore). */
export function readCompare(): string[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(COMPARE_KEY);
  } catch {
    return cachedList;
  }
  if (raw === cachedRaw) return cachedList;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    const slugs = Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === "string" && s.length <= 120 && SLUG.test(s)) : [];
    cachedList = [...new Set(slugs)].slice(0, COMPARE_MAX_TICKED);
  } catch {
    cachedList = [];
  }
  return cachedList;
}

function write(list: string[]): void {
  try {
    window.localStorage.setItem(COMPARE_KEY, JSON.stringify(list.slice(0, COMPARE_MAX_TICKED)));
  } catch {
    return; // storage full or disabled: nothing to keep it in
  }
  window.dispatchEvent(new Event(EVENT));
}

/** Ticks `slug` (at the end, if there is room) or, when `ticked` is false, unticks it. Returns the new list. */
export function setCompared(slug: string, ticked: boolean): string[] {
  const rest = readCompare().filter((s) => s !== slug);
  const next = ticked && rest.length < COMPARE_MAX_TICKED ? [...rest, slug] : rest;
  write(next);
  return next;
}

/** Unticks everything. */
export function clearCompared(): void {
  write([]);
}

/** Calls `onChange` when the selection changes here or in another tab; returns the unsubscribe function. */
export function subscribeCompare(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === COMPARE_KEY || e.key === null) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onStorage);
  // A page restored from the back/forward cache may hold an old render: read the store again.
  window.addEventListener("pageshow", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onStorage);
    window.removeEventListener("pageshow", onChange);
  };
}

/** Server snapshot: nothing is known about the browser's storage while rendering on the server. */
export const serverCompare = (): string[] | null => null;

/** One tick's state: ticked ("on"), not ticked ("off"), or not ticked with the selection full ("full"). */
export type CompareTick = "on" | "off" | "full";

/**
 * The state of the tick for `slug`: a primitive snapshot for one checkbox, so a tick re-renders only when its own
 * state changes (and not at all after hydration when it matches the server's "off").
 */
export function compareTick(slug: string): CompareTick {
  const ticked = readCompare();
  if (ticked.includes(slug)) return "on";
  return ticked.length >= COMPARE_MAX_TICKED ? "full" : "off";
}

/** Server snapshot of compareTick: the server renders every tick as not ticked and enabled. */
export const serverCompareTick = (): CompareTick => "off";
