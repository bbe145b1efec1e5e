"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { DEFAULT_PAGE_SIZE, effectiveSort, QUERY_KEYS, type SortValue } from "@/lib/roles/constants";

/** Values equal to the contract's defaults are left out so equal views have equal URLs. */
const isDefault = (key: string, value: string, q: string) =>
  (key === "sort" && effectiveSort(value as SortValue, q) === effectiveSort(undefined, q)) ||
  (key === "pageSize" && value === String(DEFAULT_PAGE_SIZE));

/**
 * Progressive enhancement for the browse filter form (a plain GET form that works without JavaScript): with
 * JavaScript, changing a checkbox or the sort applies it at once and submitting navigates client-side. The URL
 * stays the only state; empty fields and defaults are left out of it, and the page is reset to 1 because the form has no
 * page field.
 */
export function FilterAutoSubmit() {
  const anchor = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const navigate = (sortChosen: boolean) => {
      const data = new FormData(form);
      const q = String(data.get("q") ?? "").trim();
      // The select always shows a sort. Unless the reader picked one (now or earlier, then it is in the URL),
      // leave it out so the keyword's own default applies: a new search is ranked by relevance, not by title.
      if (!sortChosen && !new URLSearchParams(window.location.search).has("sort")) data.delete("sort");
      const params = new URLSearchParams();
      // Canonical parameter order, as the server builds its links (roleQueryToSearchParams).
      for (const key of QUERY_KEYS) {
        for (const value of data.getAll(key)) {
          if (typeof value !== "string" || value.trim() === "" || isDefault(key, value, q)) continue;
          params.append(key, value);
        }
      }
      const qs = params.toString();
      startTransition(() => router.push(`${form.getAttribute("action") ?? "/"}${qs ? `?${qs}` : ""}`, { scroll: false }));
    };
    const onChange = (e: Event) => {
      const t = e.target as HTMLElement;
      if (t instanceof HTMLInputElement && t.type === "checkbox") navigate(false);
      if (t instanceof HTMLSelectElement) navigate(t.name === "sort");
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      navigate(false);
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
