"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * Progressive enhancement for the browse filter form (a plain GET form that works without JavaScript): with
 * JavaScript, changing a checkbox or the sort applies it at once and submitting navigates client-side. The URL
 * stays the only state; empty fields are left out of it, and the page is reset to 1 because the form has no
 * page field.
 */
export function FilterAutoSubmit() {
  const anchor = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const navigate = () => {
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === "string" && value.trim() !== "") params.append(key, value);
      }
      const qs = params.toString();
      startTransition(() => router.push(`${form.getAttribute("action") ?? "/"}${qs ? `?${qs}` : ""}`, { scroll: false }));
    };
    const onChange = (e: Event) => {
      const t = e.target as HTMLElement;
      if (t instanceof HTMLInputElement && t.type === "checkbox") navigate();
      if (t instanceof HTMLSelectElement) navigate();
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      navigate();
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [router]);

  useEffect(() => {
    document.getElementById("results")?.setAttribute("aria-busy", pending ? "true" : "false");
  }, [pending]);

  return <span ref={anchor} hidden />;
}
