import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/**
 * Shown (HTTP 404) for `notFound()` under `/<locale>/admin/…` — an unknown listing id in the editor or the
 * preview — inside the admin shell, in the page's language (`admin.notFound`), with a link back to the admin
 * listings in the same locale. Other unknown addresses keep the public not-found page.
 */
export default function AdminNotFound() {
  const t = useTranslations("admin.notFound");
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t("body")}</p>
      <p className="mt-4">
        <Link href="/admin" className="text-blue-700 underline dark:text-blue-300">{t("back")}</Link>
      </p>
    </div>
  );
}
