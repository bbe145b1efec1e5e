import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** A filter that either list page can drop (the keys of `search.drop`). */
export type DropFilterKey =
  | "tier" | "horizon" | "q" | "workplace" | "employment" | "experience" | "role" | "city" | "salary" | "posted";

/**
 * The ways out of an empty list: the spelling correction with its count, then each filter whose removal gives
 * results, most results first, each a link to that list. Renders nothing when there is no way out.
 */
export function ZeroResultsHelp({
  drops,
  spelling,
}: {
  drops: readonly { filter: DropFilterKey; count: number; href: string }[];
  spelling: { q: string; count: number; href: string } | null;
}) {
  const t = useTranslations("search");
  if (drops.length === 0 && !spelling) return null;
  return (
    <div className="mt-3 text-sm" data-testid="zero-results-help">
      <p>{t("zero.heading")}</p>
      <ul className="mt-1 list-disc space-y-1 ps-5">
        {spelling && (
          <li>
            <Link href={spelling.href} className="inline-block py-1 text-blue-700 underline dark:text-blue-300" data-testid="zero-spelling">
              {t.rich("zero.didYouMean", { q: spelling.q, count: spelling.count, i: (chunks) => <em>{chunks}</em> })}
            </Link>
          </li>
        )}
        {drops.map((d) => (
          <li key={d.filter}>
            <Link href={d.href} className="inline-block py-1 text-blue-700 underline dark:text-blue-300" data-testid="zero-drop" data-filter={d.filter} data-count={d.count}>
              {t("zero.option", { label: t(`drop.${d.filter}`), count: d.count })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
