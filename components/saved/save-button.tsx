"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { readSaved, type SavedRole, serverSaved, setSaved, subscribeSaved } from "@/lib/saved/store";

/**
 * Bookmark toggle for one role, kept in this browser (lib/saved/store.ts). `role` is what gets stored (slug and
 * both titles, so /saved can show either language); `name` is the title as the page shows it, for the button's
 * accessible name ("Save <name>" / "收藏 <name>", from the `saved` messages); `nameLang` is the BCP 47 tag of the
 * language `name` is written in, when it may differ from the page's. A toggle button (`aria-pressed`);
 * rendered only once JavaScript runs, since without it there is nowhere to keep the bookmark.
 */
export function SaveButton({ role, name, nameLang }: { role: SavedRole; name: string; nameLang?: string }) {
  const t = useTranslations("saved");
  const saved = useSyncExternalStore(subscribeSaved, readSaved, serverSaved);
  if (saved === null) return null;
  const on = saved.some((r) => r.slug === role.slug);
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => setSaved(role, !on)}
      className="rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      data-testid="save-button"
    >
      {/* The name stays "Save …" (a toggle's name must not change); aria-pressed and the star give the state. */}
      <span aria-hidden="true">{on ? "★" : "☆"}</span>{" "}
      {t.rich("save", { name, hidden: (chunks) => <span className="sr-only" lang={nameLang}>{chunks}</span> })}
    </button>
  );
}
