import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPARE_KEY, COMPARE_MAX_TICKED, compareTick, serverCompareTick, setCompared } from "@/lib/roles/compare-store";
import { isSaved, SAVED_KEY, serverIsSaved, setSaved } from "@/lib/saved/store";

// The per-control snapshots (useSyncExternalStore) of the compare ticks and save toggles: equal to the server's
// when nothing is stored, so hydration re-renders none of them; their own state once something is.
const storage = new Map<string, string>();
beforeEach(() => {
  storage.clear();
  (globalThis as { window?: unknown }).window = {
    localStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    },
    dispatchEvent: () => true,
  };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("compareTick", () => {
  it("is the server's 'off' while nothing is ticked, then each tick's own state, 'full' for the rest at the limit", () => {
    expect(compareTick("data-detective")).toBe(serverCompareTick());
    setCompared("data-detective", true);
    expect(compareTick("data-detective")).toBe("on");
    expect(compareTick("walker-talker")).toBe("off");
    for (let i = 1; i < COMPARE_MAX_TICKED; i++) setCompared(`role-${i}`, true);
    expect(JSON.parse(storage.get(COMPARE_KEY)!)).toHaveLength(COMPARE_MAX_TICKED);
    expect(compareTick("walker-talker")).toBe("full");
    expect(compareTick("data-detective")).toBe("on");
  });
});

describe("isSaved", () => {
  it("is the server's false until this role is saved, and only for this role", () => {
    expect(isSaved("data-detective")).toBe(serverIsSaved());
    setSaved({ slug: "data-detective", titleEn: "Data Detective", titleZh: "数据侦探" }, true);
    expect(storage.get(SAVED_KEY)).toContain("data-detective");
    expect(isSaved("data-detective")).toBe(true);
    expect(isSaved("walker-talker")).toBe(false);
    setSaved({ slug: "data-detective", titleEn: "Data Detective", titleZh: "数据侦探" }, false);
    expect(isSaved("data-detective")).toBe(false);
  });
});
