"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { clearCompared, readCompare, serverCompare, subscribeCompare } from "@/lib/roles/compare-store";

interface Props {
  /** Fewest roles a comparison needs (COMPARE_MIN). */
  min: number;
  /** `labels[n]`: the count text for n ticked roles ("2 of 4 roles ticked"), translated on the server. */
  labels: string[];
  /** The submit button's text ("Compare selected roles"). */
  submitLabel: string;
  /** Shown beside the disabled button while fewer than `min` are ticked, and without JavaScript. */
  hint: string;
  /** The "clear the selection" button's text. */
  clearLabel: string;
  /** The compare page's path in this locale ("/en/compare"). */
  action: string;
  className?: string;
}

/**
 * The submit side of a compare form (a GET form to /compare with CompareCheckbox ticks, which works without
 * JavaScript): the "Compare selected" button, the hint, and with JavaScript the count of the stored selection
 * (lib/roles/compare-store.ts) in a polite live region. With JavaScript the button compares the stored selection,
 * ticked on any page or filter, and is disabled until `min` roles are ticked (the hint says why); a button clears
 * the selection.
 */
export function ComparePicker({ min, labels, submitLabel, hint, clearLabel, action, className }: Props) {
  const anchor = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const ticked = useSyncExternalStore(subscribeCompare, readCompare, serverCompare);

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      const slugs = readCompare();
      if (slugs.length < min) return;
      router.push(`${action}?${new URLSearchParams(slugs.map((s) => ["roles", s])).toString()}`);
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [action, min, router]);

  const count = ticked?.length ?? 0;
  const tooFew = ticked !== null && count < min;
  return (
    <div className={className ?? "flex flex-wrap items-center gap-3 text-sm"}>
      <button
        type="submit"
        disabled={tooFew}
        className="rounded border border-slate-400 px-3 py-1.5 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-600"
        data-testid="compare-submit"
      >
        {submitLabel}
      </button>
      <span className="text-slate-700 dark:text-slate-300" data-testid="compare-hint">{hint}</span>
      <span ref={anchor} role="status" aria-live="polite" className="text-slate-700 dark:text-slate-300" data-testid="compare-count">
        {ticked === null ? "" : labels[Math.min(count, labels.length - 1)]}
      </span>
      {count > 0 && (
        <button type="button" onClick={clearCompared} className="underline" data-testid="compare-clear">
          {clearLabel}
        </button>
      )}
    </div>
  );
}
