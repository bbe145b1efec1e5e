"use client";

import { useErrorText } from "@/components/ui/error-text";

/**
 * Error boundary for unexpected failures under `/<locale>/…` (for example the database being unreachable): a
 * message in the page's language (`common.error`, handed down by the locale layout through ErrorTextProvider,
 * since public pages send no NextIntlClientProvider) and a button that calls `reset` to render the segment again.
 * The error itself is not shown (Next logs it on the server).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorText();
  return (
    <div role="alert" className="py-16 text-center" data-testid="error-page">
      {/* The failed page's own metadata may never have rendered; React hoists this into <head>. */}
      <title>{t.title}</title>
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t.body}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-blue-700 px-4 py-2 text-white">
        {t.retry}
      </button>
    </div>
  );
}
