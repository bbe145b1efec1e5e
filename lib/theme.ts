/**
 * Light/dark theme. The choice ("light", "dark", or "system" = follow the operating system) is kept in
 * localStorage under THEME_KEY; the `dark` class on <html> applies it. THEME_SCRIPT runs in <head> before the
 * body is painted, so the page never flashes the wrong theme; it also follows system changes while the choice is
 * "system". It also marks <html data-js>, which shows the controls that only work with JavaScript (`.needs-js` in
 * app/globals.css) from the first paint on. Client-safe (no server imports).
 */
export const THEME_KEY = "atlas:theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** Applies a choice to <html> (used by the script and by the switch). */
export function applyTheme(theme: Theme): void {
  const dark = theme === "dark" || (theme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

/** The inline script: the same logic as applyTheme, self-contained because it runs before any bundle loads. */
export const THEME_SCRIPT = `(function(){document.documentElement.setAttribute("data-js","");try{var k=${JSON.stringify(THEME_KEY)};var m=window.matchMedia("(prefers-color-scheme: dark)");
function a(){var t=null;try{t=localStorage.getItem(k)}catch(e){}if(t!=="light"&&t!=="dark")t="system";
document.documentElement.classList.toggle("dark",t==="dark"||(t==="system"&&m.matches));}
a();m.addEventListener("change",a);window.addEventListener("storage",function(e){if(e.key===k)a()});}catch(e){}})();`;

/** The saved choice, "system" when none (or storage is unavailable). */
export function readTheme(): Theme {
  try {
    const t = window.localStorage.getItem(THEME_KEY);
    return t === "light" || t === "dark" ? t : "system";
  } catch {
    return "system";
  }
}

/** Saves and applies a choice ("system" removes the saved one). */
export function saveTheme(theme: Theme): void {
  try {
    if (theme === "system") window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage disabled: the choice still applies to this page.
  }
  applyTheme(theme);
}
