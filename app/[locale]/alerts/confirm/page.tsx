import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmAction } from "@/lib/alerts/actions";
import { describeSearch } from "@/lib/alerts/mails";
import { pendingAlertForToken } from "@/lib/alerts/service";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "Confirm your job alert"; never indexed (the URL carries a token). */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "alerts.confirm" });
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * `/[locale]/alerts/confirm?token=…`: the double opt-in link's page. Shows the search and a button (a POST to
 * confirmAction, so link scanners that only GET confirm nothing). An invalid, expired or used token is explained,
 * and nothing changes.
 */
export default async function ConfirmPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("alerts.confirm");
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const found = await pendingAlertForToken(token);
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {found.ok ? (
        <>
          <p className="mt-3">{t("intro", { frequency: found.alert.frequency === "DAILY" ? "daily" : "weekly" })}</p>
          <p className="mt-2 font-medium" data-testid="alert-search">{describeSearch(found.alert.query, locale)}</p>
          <form action={confirmAction} className="mt-4">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">{t("button")}</button>
          </form>
        </>
      ) : (
        <>
          <p role="alert" className="mt-3 text-red-700 dark:text-red-300" data-testid="alert-error">{t(found.reason)}</p>
          <Link href="/jobs" className="mt-3 inline-block text-blue-700 underline dark:text-blue-300">{t("jobs")}</Link>
        </>
      )}
    </div>
  );
}
