import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { manageAction } from "@/lib/alerts/actions";
import { describeSearch } from "@/lib/alerts/mails";
import { alertSearchString } from "@/lib/alerts/query";
import { alertsOf, manageTokenEmail } from "@/lib/alerts/service";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "Your job alerts"; never indexed (the URL carries a token). */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "alerts.manage" });
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

const DONE = ["updated", "deleted", "unsubscribedAll", "confirmed"] as const;
const ERRORS = ["frequency", "unknown"] as const;
const button = "rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
const field = "rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

/**
 * `/[locale]/alerts/manage?token=…`: every alert of the address the signed manage token names (from the
 * confirmation and every digest), with pause/resume, frequency, delete and unsubscribe-all (POSTs to manageAction,
 * which checks the token again). `done=…` / `error=…` show the last change's outcome. An invalid token shows a
 * message and no alerts.
 */
export default async function ManagePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tConfirm, format] = await Promise.all([getTranslations("alerts.manage"), getTranslations("alerts.confirm"), getFormatter()]);
  const sp = await searchParams;
  const token = typeof sp.token === "string" ? sp.token : "";
  const email = manageTokenEmail(token);
  if (!email) {
    return (
      <div className="max-w-xl">
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p role="alert" className="mt-3 text-red-700 dark:text-red-300" data-testid="alert-error">{t("invalid")}</p>
      </div>
    );
  }
  const alerts = await alertsOf(email);
  const done = DONE.find((d) => d === sp.done);
  const error = ERRORS.find((e) => e === sp.error);
  const hidden = (alertId: string | null, intent: string) => (
    <>
      <input type="hidden" name="token" value={token} />
      {alertId && <input type="hidden" name="alert" value={alertId} />}
      <input type="hidden" name="intent" value={intent} />
    </>
  );
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{t("intro", { email })}</p>
      <div role="status" aria-live="polite" className="mt-2 min-h-6" data-testid="alert-status">
        {done && <p className="text-green-800 dark:text-green-300">{done === "confirmed" ? tConfirm("done") : t(done)}</p>}
        {error && <p className="text-red-700 dark:text-red-300">{t(`errors.${error}`)}</p>}
      </div>
      {alerts.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <ul className="mt-4 grid gap-4" data-testid="alert-list">
          {alerts.map((a) => {
            const status = a.status.toLowerCase() as "pending" | "active" | "paused" | "unsubscribed";
            const frequency = a.frequency === "DAILY" ? "daily" : "weekly";
            return (
              <li key={a.id} className="rounded border border-slate-300 p-4 dark:border-slate-700" data-testid="alert-item">
                <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
                  <dt className="font-medium">{t("search")}</dt>
                  <dd>
                    {describeSearch(a.query, locale)} ·{" "}
                    <Link href={`/jobs${alertSearchString(a.query)}`} className="text-blue-700 underline dark:text-blue-300">{t("view")}</Link>
                  </dd>
                  <dt className="font-medium">{t("status")}</dt>
                  <dd data-testid="alert-item-status">{t(`statuses.${status}`)} · {format.dateTime(a.createdAt, "date")}</dd>
                  <dt className="font-medium">{t("frequency")}</dt>
                  <dd data-testid="alert-item-frequency">{t(`frequencies.${frequency}`)}</dd>
                </dl>
                <div className="mt-3 flex flex-wrap items-end gap-3">
                  <form action={manageAction} className="flex items-end gap-2">
                    {hidden(a.id, "frequency")}
                    <label className="text-sm">
                      <span className="block font-medium">{t("change")}</span>
                      <select name="frequency" defaultValue={frequency} className={field}>
                        <option value="daily">{t("frequencies.daily")}</option>
                        <option value="weekly">{t("frequencies.weekly")}</option>
                      </select>
                    </label>
                    <button type="submit" className={button}>{t("change")}</button>
                  </form>
                  {(status === "active" || status === "paused") && (
                    <form action={manageAction}>
                      {hidden(a.id, status === "active" ? "pause" : "resume")}
                      <button type="submit" className={button}>{status === "active" ? t("pause") : t("resume")}</button>
                    </form>
                  )}
                  <form action={manageAction}>
                    {hidden(a.id, "delete")}
                    <button type="submit" className={button}>{t("delete")}</button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <form action={manageAction} className="mt-6">
        {hidden(null, "unsubscribe-all")}
        <button type="submit" className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">{t("unsubscribeAll")}</button>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("unsubscribeAllHint")}</p>
      </form>
    </div>
  );
}
