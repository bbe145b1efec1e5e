"use client";

import { useSyncExternalStore } from "react";
import { compareTick, serverCompareTick, setCompared, subscribeCompare } from "@/lib/roles/compare-store";

/**
 * The "Compare" tick for one role: a `roles=<slug>` checkbox, so inside a GET form to /compare it works without
 * JavaScript. With JavaScript it shows and changes the stored selection (lib/roles/compare-store.ts), the same on
 * every page and filter, and once COMPARE_MAX_TICKED roles are ticked the other ticks are disabled. `label` is the
 * visible text, `ariaLabel` the accessible name ("Compare <name>"); both translated by the caller. Used by the
 * browse cards, the role page and the insights matrix. Its snapshot is this tick's state alone, so hydration does
 * not re-render the ticks of a page when nothing is ticked.
 */
export function CompareCheckbox({ slug, label, ariaLabel, id, className }: { slug: string; label?: string; ariaLabel: string; id?: string; className?: string }) {
  const tick = useSyncExternalStore(subscribeCompare, () => compareTick(slug), serverCompareTick);
  const on = tick === "on";
  const full = tick === "full";
  const box = (
    <input
      type="checkbox"
      name="roles"
      value={slug}
      id={id}
      aria-label={ariaLabel}
      data-testid="compare-pick"
      checked={on}
      disabled={!on && full}
      onChange={(e) => setCompared(slug, e.currentTarget.checked)}
      className={className}
    />
  );
  if (label === undefined) return box;
  return (
    <label className="flex items-center gap-1 text-sm">
      {box}
      <span aria-hidden="true">{label}</span>
    </label>
  );
}
