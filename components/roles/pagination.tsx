import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { type RoleQuery, roleQueryString, roleQueryToSearchParams } from "@/lib/roles/query";

/**
 * Numbered pagination with previous/next; keeps every other parameter of the query. "Next" follows the keyset
 * cursor (stable while roles are added or removed); numbered and "Previous" links use page numbers, which stay
 * shareable.
 */
export function Pagination({ query, total, nextCursor }: { query: RoleQuery; total: number; nextCursor: string | null }) {
  const t = useTranslations("browse.pagination");
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  if (pages <= 1 && query.page === 1) return null;
  const href = (page: number) => `/${roleQueryString({ ...query, cursor: null, page })}`;
  const nextHref = nextCursor
    ? `/?${(() => {
        const sp = roleQueryToSearchParams({ ...query, cursor: null, page: 1 });
        sp.set("cursor", nextCursor);
        return sp.toString();
      })()}`
    : href(query.page + 1);
  const around = new Set([1, pages, query.page - 1, query.page, query.page + 1].filter((p) => p >= 1 && p <= pages));
  const numbers = [...around].sort((a, b) => a - b);
  const linkClass = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {query.page > 1 && (
          <li>
            <Link href={href(Math.min(query.page - 1, pages))} rel="prev" className={linkClass}>{t("previous")}</Link>
          </li>
        )}
        {numbers.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - (numbers[i - 1] ?? n) > 1 && <span aria-hidden="true">…</span>}
            {n === query.page ? (
              <span aria-current="page" className="rounded bg-blue-700 px-3 py-1 font-medium text-white">{n}</span>
            ) : (
              <Link href={href(n)} className={linkClass} aria-label={t("page", { page: n })}>{n}</Link>
            )}
          </li>
        ))}
        {query.page < pages && (
          <li>
            <Link href={nextHref} rel="next" className={linkClass}>{t("next")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
