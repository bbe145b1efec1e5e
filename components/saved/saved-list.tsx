"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { COMPARE_MAX, COMPARE_MIN } from "@/lib/roles/compare";
import { readSaved, serverSaved, setSaved, subscribeSaved } from "@/lib/saved/store";

/**
 * The roles saved in this browser: links, a remove button each, and checkboxes feeding a GET form to /compare.
 * Says so when nothing is saved, and when JavaScript is off (the list lives in the browser's storage).
 */
export function SavedList() {
  const saved = useSyncExternalStore(subscribeSaved, readSaved, serverSaved);
  if (saved === null) {
    return <p className="mt-4" data-testid="saved-loading">Saved roles are kept in this browser; showing them needs JavaScript.</p>;
  }
  if (saved.length === 0) {
    return (
      <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
        <p className="font-medium">No saved roles yet.</p>
        <p className="mt-1 text-sm">
          Press &ldquo;Save&rdquo; on a role in the <Link href="/" className="text-blue-700 underline dark:text-blue-300">list</Link> to keep it here.
        </p>
      </div>
    );
  }
  return (
    <form method="get" action="/compare" className="mt-4">
      <p role="status" className="text-slate-700 dark:text-slate-300" data-testid="saved-count">
        {saved.length === 1 ? "1 saved role" : `${saved.length} saved roles`}
      </p>
      <ul className="mt-3 space-y-2" data-testid="saved-list">
        {saved.map((r) => (
          <li key={r.slug} className="flex flex-wrap items-center gap-3">
            <input type="checkbox" name="roles" value={r.slug} aria-label={`Compare ${r.titleEn || r.titleZh}`} />
            <Link href={`/roles/${r.slug}`} className="text-blue-800 underline dark:text-blue-300">
              {r.titleEn || r.titleZh}
            </Link>
            {r.titleEn && r.titleZh && <span lang="zh-CN">{r.titleZh}</span>}
            <button
              type="button"
              onClick={() => setSaved(r, false)}
              className="rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Remove<span className="sr-only"> {r.titleEn || r.titleZh}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="submit" className="mt-4 rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
        Compare selected ({COMPARE_MIN}–{COMPARE_MAX})
      </button>
    </form>
  );
}
