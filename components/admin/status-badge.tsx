import { useTranslations } from "next-intl";
import type { Role } from "@/lib/generated/prisma/client";

const STYLES: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100",
  REVIEW: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  PUBLISHED: "bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50",
  ARCHIVED: "bg-indigo-100 text-indigo-950 dark:bg-indigo-900 dark:text-indigo-50",
  DELETED: "bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50",
};

/**
 * A listing's workflow state as a small badge in the page's language (`admin.status.*`); "Deleted (was …)" with
 * the state it keeps for soft-deleted ones. Input: the stored status and whether the listing is deleted.
 * `data-status` carries the language-neutral state (draft, review, published, archived, deleted).
 */
export function StatusBadge({ status, deleted }: { status: Role["status"]; deleted: boolean }) {
  const t = useTranslations("admin.status");
  const key = deleted ? "DELETED" : status;
  const state = status.toLowerCase() as "draft" | "review" | "published" | "archived";
  return (
    <span className={`keep-words whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${STYLES[key]}`} data-status={key.toLowerCase()}>
      {deleted ? t("deletedWas", { status: state }) : t(state)}
    </span>
  );
}
