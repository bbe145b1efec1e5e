import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/**
 * Shown (HTTP 404) for unknown role slugs and other `notFound()` calls under `/<locale>/…`, in the page's language
 * (the locale set by the `[locale]` layout; text from `common.notFound`), with a link to the browse page in the
 * same locale.
 */
export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t("body")}</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-700 underline dark:text-blue-300">{t("browseAll")}</Link>
      </p>
    </div>
  );
}
