"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Progressive enhancement for the browse list's compare form (a plain GET form to /compare that works without
 * JavaScript): counts the ticked `roles` checkboxes, shows the count in a polite live region, and once `max` are
 * ticked disables the others so a fifth cannot be picked. `labels[n]` is the count text for n ticked roles,
 * translated on the server (this leaf gets no message catalogue).
 */
export function ComparePicker({ max, labels }: { max: number; labels: string[] }) {
  const anchor = useRef<HTMLSpanElement>(null);
  const [count, setCount] = useState(0);

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="roles"]')];
    const update = () => {
      const ticked = boxes().filter((b) => b.checked).length;
      for (const b of boxes()) b.disabled = !b.checked && ticked >= max;
      setCount(ticked);
    };
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [max]);

  return (
    <span ref={anchor} role="status" aria-live="polite" className="text-slate-700 dark:text-slate-300" data-testid="compare-count">
      {labels[Math.min(count, labels.length - 1)]}
    </span>
  );
}
