import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { unsubscribeAction } from "@/lib/alerts/actions";
import { verifyToken } from "@/lib/alerts/tokens";
import type { AppLocale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "Unsubscribe"; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "alerts.unsubscribe" });
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * `/[locale]/alerts/unsubscribe?token=…`: the unsubscribe link in a digest's body. A button (POST to
 * unsubscribeAction) unsubscribes that alert; `done=1` shows the result. An invalid or expired token is explained.
 */
export default async function UnsubscribePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("alerts.unsubscribe");
  const sp = await searchParams;
  const token = typeof sp.token === "string" ? sp.token : "";
  const valid = verifyToken("unsubscribe", token).ok;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {!valid ? (
        <p role="alert" className="mt-3 text-red-700 dark:text-red-300">{t("invalid")}</p>
      ) : sp.done === "1" ? (
        <p role="status" className="mt-3 text-green-800 dark:text-green-300" data-testid="alert-done">{t("done")}</p>
      ) : (
        <form action={unsubscribeAction} className="mt-4">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">{t("button")}</button>
        </form>
      )}
    </div>
  );
}
