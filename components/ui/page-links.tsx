import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/**
 * Numbered pagination with previous/next for any list: `href(n)` builds page n's link (locale-free path with
 * query), `nextHref` the "Next" link (a keyset cursor link where the list has one). Renders nothing for a single
 * page. Labels from `browse.pagination`.
 */
export function PageLinks({ page, pages, href, nextHref }: { page: number; pages: number; href: (page: number) => string; nextHref: string }) {
  const t = useTranslations("browse.pagination");
  if (pages <= 1 && page === 1) return null;
  const around = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const numbers = [...around].sort((a, b) => a - b);
  const linkClass = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(Math.min(page - 1, pages))} rel="prev" className={linkClass}>{t("previous")}</Link>
          </li>
        )}
        {numbers.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - (numbers[i - 1] ?? n) > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span aria-current="page" className="rounded bg-blue-700 px-3 py-1 font-medium text-white">{n}</span>
            ) : (
              <Link href={href(n)} className={linkClass} aria-label={t("page", { page: n })}>{n}</Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={nextHref} rel="next" className={linkClass}>{t("next")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
