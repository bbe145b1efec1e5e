import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { THEME_SCRIPT } from "@/lib/theme";
import "./globals.css";

/** Site-wide defaults; `metadataBase` makes every page's relative canonical and Open Graph URLs absolute. */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(await siteUrl()),
    title: { default: SITE_NAME, template: "%s · AI Jobs Atlas" },
    description: "A bilingual board of emerging AI roles, by skill tier and emergence horizon. 新兴 AI 岗位图谱。",
  };
}

/** Root layout: theme script, skip link, site header (navigation, theme switch), main landmark. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets class="dark" before hydration, so the class may differ from the server's markup.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: it must run before the first paint to avoid a flash of the wrong theme. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-4">
            <Link href="/" className="text-xl font-semibold tracking-tight">
              AI Jobs Atlas <span lang="zh-CN" className="font-normal text-slate-600 dark:text-slate-300">AI 岗位图谱</span>
            </Link>
            <nav aria-label="Site">
              <ul className="flex flex-wrap gap-4 text-sm">
                <li><Link href="/" className="underline-offset-4 hover:underline">Roles</Link></li>
                <li><Link href="/insights" className="underline-offset-4 hover:underline">Insights</Link></li>
                <li><Link href="/saved" className="underline-offset-4 hover:underline">Saved</Link></li>
              </ul>
            </nav>
            <div className="ml-auto">
              <ThemeSwitch />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
