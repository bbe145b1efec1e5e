"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { effectiveOpeningSort, OPENING_QUERY_KEYS, OPENINGS_PAGE_SIZE, type OpeningSortValue } from "@/lib/openings/constants";

/**
 * Progressive enhancement for the jobs filter form (a plain GET form that works without JavaScript): with
 * JavaScript, ticking a box or choosing from a select or radio group applies it at once, and submitting
 * navigates client-side. The URL stays the only state: empty fields, defaults (period=year, pageSize 20, the
 * keyword's default sort) and salary fields without an amount are left out, in the contract's parameter order.
 */
export function JobsAutoSubmit() {
  const anchor = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const navigate = () => {
      const data = new FormData(form);
      const q = String(data.get("q") ?? "").trim();
      const amount = String(data.get("salaryMin") ?? "").trim();
      const sort = String(data.get("sort") ?? "");
      const params = new URLSearchParams();
      for (const key of OPENING_QUERY_KEYS) {
        for (const value of data.getAll(key)) {
          if (typeof value !== "string" || value.trim() === "") continue;
          if (key === "sort" && effectiveOpeningSort(value as OpeningSortValue, q) === effectiveOpeningSort(undefined, q)) continue;
          if (key === "pageSize" && value === String(OPENINGS_PAGE_SIZE)) continue;
          if ((key === "period" || key === "salaryUnknown") && !amount) continue;
          if (key === "period" && value === "year") continue;
          if (key === "currency" && !amount && sort !== "salary") continue;
          params.append(key, value.trim());
        }
      }
      const qs = params.toString();
      startTransition(() => router.push(`${form.getAttribute("action") ?? "/"}${qs ? `?${qs}` : ""}`, { scroll: false }));
    };
    const onChange = (e: Event) => {
      const t = e.target as HTMLElement;
      if (t instanceof HTMLInputElement && (t.type === "checkbox" || t.type === "radio")) navigate();
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
