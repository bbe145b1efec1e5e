"use client";

import { type ReactNode, useSyncExternalStore } from "react";
import { isSaved, type SavedRole, serverIsSaved, setSaved, subscribeSaved } from "@/lib/saved/store";

/**
 * The client side of SaveButton (./save-button.tsx): a toggle button (`aria-pressed`) for one role, kept in this
 * browser (lib/saved/store.ts). `role` is what gets stored (slug and both titles, so /saved can show either
 * language); `children` is the button's text, translated by the server. Without JavaScript there is nowhere to
 * keep the bookmark, so the button is invisible (and out of the tab order and the accessibility tree) until the
 * head script marks <html data-js> (`.needs-js`, app/globals.css); it is in the server's HTML all the same, so
 * hydration adopts it unchanged (no placeholder swapped for it, no layout shift) and re-renders it only when
 * this role is saved.
 */
export function SaveToggle({ role, children }: { role: SavedRole; children: ReactNode }) {
  const on = useSyncExternalStore(subscribeSaved, () => isSaved(role.slug), serverIsSaved);
  return (
    <button type="button" aria-pressed={on} onClick={() => setSaved(role, !on)} className={`needs-js ${BUTTON}`} data-testid="save-button">
      {/* The name stays "Save …" (a toggle's name must not change); aria-pressed and the star give the state. */}
      <span aria-hidden="true">{on ? "★" : "☆"}</span> {children}
    </button>
  );
}

const BUTTON = "rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
