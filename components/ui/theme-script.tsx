"use client";

import { useEffect } from "react";
import { THEME_SCRIPT } from "@/lib/theme";

/** Set once the first page has hydrated: from then on every render of the root layout is a client render. */
let hydrated = false;

/**
 * The blocking theme script (lib/theme.ts THEME_SCRIPT) in the server's HTML only. The browser runs it while
 * parsing <head>, before the first paint; a script React creates on the client never runs, and React warns about
 * one ("Encountered a script tag while rendering React component", e.g. when a locale switch or a 404 renders
 * the root layout afresh). So it is rendered on the server and while hydrating that HTML, and not by layouts first
 * rendered on the client (after the first hydration), where ThemeSwitch applies the theme instead.
 * The hydrated script stays in the DOM: removing it right after hydration (as a server/client snapshot switch
 * did) cost a second render and commit of the page at start-up, which Lighthouse counted as blocking time.
 * `nonce` is this request's CSP nonce (proxy.ts), which an inline script needs to run.
 * Not next/script `beforeInteractive`: in the App Router that queues the code for Next's runtime, which runs after
 * the first paint, so the page would flash the wrong theme.
 */
export function ThemeScript({ nonce }: { nonce?: string }) {
  const render = typeof window === "undefined" || !hydrated;
  useEffect(() => {
    hydrated = true;
    // The page is interactive from here on (its handlers are attached): `data-hydrated` on <html> says so, for
    // the end-to-end tests that must not click a control before it works (tests/support/hydration.ts).
    document.documentElement.setAttribute("data-hydrated", "");
  }, []);
  // Blocking on purpose: it must run before the first paint to avoid a flash of the wrong theme.
  return render ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} /> : null;
}
