"use client";

/** Error boundary for unexpected failures (for example the database being unreachable). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">The catalogue could not be loaded. Please try again.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-blue-700 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
