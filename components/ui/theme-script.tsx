"use client";

import { useSyncExternalStore } from "react";
import { THEME_SCRIPT } from "@/lib/theme";

const noSubscription = () => () => {};

/**
 * The blocking theme script (lib/theme.ts THEME_SCRIPT) in the server's HTML only. The browser runs it while
 * parsing <head>, before the first paint; a script React creates on the client never runs, and React warns about
 * one ("Encountered a script tag while rendering React component", e.g. when a locale switch or a 404 renders
 * the root layout afresh). So it is rendered on the server and while hydrating that HTML (true from the server
 * snapshot), and not on client renders (false), where ThemeSwitch applies the theme instead.
 * `nonce` is this request's CSP nonce (proxy.ts), which an inline script needs to run.
 * Not next/script `beforeInteractive`: in the App Router that queues the code for Next's runtime, which runs after
 * the first paint, so the page would flash the wrong theme.
 */
export function ThemeScript({ nonce }: { nonce?: string }) {
  const fromServer = useSyncExternalStore(noSubscription, () => false, () => true);
  // Blocking on purpose: it must run before the first paint to avoid a flash of the wrong theme.
  return fromServer ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} /> : null;
}
