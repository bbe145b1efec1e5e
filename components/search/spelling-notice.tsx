import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SpellingCorrection } from "@/lib/search/spelling";

/**
 * "Showing results for *detective* — search for *detectve* instead": shown above a list whose keyword was
 * corrected (lib/search/spelling.ts). `insteadHref` is the same list with the keyword as typed and `exact=1`.
 */
export function SpellingNotice({ correction, insteadHref }: { correction: SpellingCorrection; insteadHref: string }) {
  const t = useTranslations("search.correction");
  return (
    <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50" data-testid="spelling-notice">
      {t.rich("showing", { q: correction.q, b: (chunks) => <strong>{chunks}</strong> })}
      {" — "}
      <Link href={insteadHref} className="underline" data-testid="spelling-instead">
        {t.rich("instead", { original: correction.original, i: (chunks) => <em>{chunks}</em> })}
      </Link>
    </p>
  );
}
