"use client";

import { type ReactNode, useSyncExternalStore } from "react";
import { readSaved, type SavedRole, serverSaved, setSaved, subscribeSaved } from "@/lib/saved/store";

/**
 * The client side of SaveButton (./save-button.tsx): a toggle button (`aria-pressed`) for one role, kept in this
 * browser (lib/saved/store.ts). `role` is what gets stored (slug and both titles, so /saved can show either
 * language); `children` is the button's text, translated by the server. The button appears only once JavaScript
 * runs, since without it there is nowhere to keep the bookmark; until then an invisible placeholder holds its space.
 */
export function SaveToggle({ role, children }: { role: SavedRole; children: ReactNode }) {
  const saved = useSyncExternalStore(subscribeSaved, readSaved, serverSaved);
  if (saved === null) {
    // The button's place, kept empty and hidden from everyone: without it the button appeared after hydration and
    // pushed the card's and the role page's text about (layout shift, which Lighthouse counts).
    return (
      <span aria-hidden="true" className={`invisible inline-block ${BUTTON}`} data-testid="save-placeholder">
        ☆ {children}
      </span>
    );
  }
  const on = saved.some((r) => r.slug === role.slug);
  return (
    <button type="button" aria-pressed={on} onClick={() => setSaved(role, !on)} className={BUTTON} data-testid="save-button">
      {/* The name stays "Save …" (a toggle's name must not change); aria-pressed and the star give the state. */}
      <span aria-hidden="true">{on ? "★" : "☆"}</span> {children}
    </button>
  );
}

const BUTTON = "rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
