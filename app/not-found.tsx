import "./globals.css";

/**
 * 404 for paths outside a locale that the proxy did not redirect (e.g. `/api/unknown` in a browser, or a path
 * with a file extension). Bilingual, as it cannot know the reader's language; it links to both home pages.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p lang="zh-CN" className="mt-1 text-slate-700">页面不存在</p>
          <p className="mt-4 space-x-4">
            <a href="/en" className="text-blue-700 underline">Browse all roles</a>
            <a href="/zh" lang="zh-CN" className="text-blue-700 underline">浏览全部岗位</a>
          </p>
        </main>
      </body>
    </html>
  );
}
