/**
 * Saved roles, kept in this browser only (localStorage key `atlas:saved`, no account): a list of
 * `{ slug, titleEn, titleZh }`, newest first. Safe to import from client components; every function is a no-op
 * (or returns []) where localStorage is unavailable. Subscribers hear changes from this tab and from others.
 */
export interface SavedRole {
  slug: string;
  titleEn: string;
  titleZh: string;
}

export const SAVED_KEY = "atlas:saved";
const EVENT = "atlas:saved-change";
const MAX_SAVED = 200;

let cachedRaw: string | null | undefined;
let cachedList: SavedRole[] = [];

function isSavedRole(v: unknown): v is SavedRole {
  const r = v as SavedRole;
  return !!r && typeof r.slug === "string" && typeof r.titleEn === "string" && typeof r.titleZh === "string";
}

/** The saved roles; the same array object until the stored value changes (for useSyncExternalStore). */
export function readSaved(): SavedRole[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(SAVED_KEY);
  } catch {
    return cachedList;
  }
  if (raw === cachedRaw) return cachedList;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cachedList = Array.isArray(parsed) ? parsed.filter(isSavedRole).slice(0, MAX_SAVED) : [];
  } catch {
    cachedList = [];
  }
  return cachedList;
}

function write(list: SavedRole[]): void {
  try {
    window.localStorage.setItem(SAVED_KEY, JSON.stringify(list.slice(0, MAX_SAVED)));
  } catch {
    return; // storage full or disabled: nothing to keep it in
  }
  window.dispatchEvent(new Event(EVENT));
}

/** Saves the role (moving it to the top) or, when `saved` is false, removes it. */
export function setSaved(role: SavedRole, saved: boolean): void {
  const rest = readSaved().filter((r) => r.slug !== role.slug);
  write(saved ? [{ slug: role.slug, titleEn: role.titleEn, titleZh: role.titleZh }, ...rest] : rest);
}

/** Calls `onChange` when the saved list changes here or in another tab; returns the unsubscribe function. */
export function subscribeSaved(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === SAVED_KEY || e.key === null) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** Server snapshot: nothing is known about the browser's storage while rendering on the server. */
export const serverSaved = (): SavedRole[] | null => null;

/**
 * Whether the role with this slug is saved: a primitive snapshot for one toggle, so a toggle re-renders only when
 * its own state changes (and not at all after hydration when it matches the server's `false`).
 */
export function isSaved(slug: string): boolean {
  return readSaved().some((r) => r.slug === slug);
}

/** Server snapshot of isSaved: the server renders every toggle as not saved. */
export const serverIsSaved = (): boolean => false;
