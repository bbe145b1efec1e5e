import Link from "next/link";

/** Shown for unknown URLs and unknown role slugs (HTTP 404). */
export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p lang="zh-CN" className="mt-1 text-slate-600 dark:text-slate-300">页面不存在</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">Browse all roles</Link>
      </p>
    </div>
  );
}
