import type { ReactNode } from "react";
import "./globals.css";

/**
 * The real root layout (with <html lang>) is `app/[locale]/layout.tsx`, since the language belongs in the
 * document element. This one only passes through, so that `app/not-found.tsx` can cover paths outside a locale.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
