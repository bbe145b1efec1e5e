"use client";

import { useEffect, useState } from "react";
import { applyTheme, readTheme, saveTheme, type Theme, THEMES } from "@/lib/theme";

/**
 * Theme switch: a labelled select (System / Light / Dark) that saves the choice in this browser (lib/theme.ts).
 * Renders "System" on the server and the saved choice after hydration; the page's colours are already right
 * before that, set by the head script. `label` and `options` (one text per theme) are translated by the server
 * (`common.theme`), so the browser needs no message runtime for them.
 */
export function ThemeSwitch({ label, options }: { label: string; options: Record<Theme, string> }) {
  const [theme, setTheme] = useState<Theme>("system");
  // Read after mount: the server cannot know the browser's saved choice. Applying it again covers a <html>
  // that React rendered afresh on the client (as for a not-found page), which the head script never saw.
  useEffect(() => {
    const saved = readTheme();
    setTheme(saved);
    applyTheme(saved);
  }, []);
  return (
    <label className="flex items-center gap-2 text-sm">
      {label}
      <select
        value={theme}
        onChange={(e) => {
          const chosen = e.target.value as Theme;
          setTheme(chosen);
          saveTheme(chosen);
        }}
        className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
        data-testid="theme-switch"
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>{options[option]}</option>
        ))}
      </select>
    </label>
  );
}
