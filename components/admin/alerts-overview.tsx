import { getFormatter, getTranslations } from "next-intl/server";
import { alertOverview } from "@/lib/alerts/admin";

/**
 * The admin dashboard's job alerts panel: alerts per status, digests sent in 7 days, suppressed addresses, and the
 * mail queue (waiting = queued or waiting for a retry, running, failed after every retry) with the last digest's
 * time. Server component; alertOverview checks the staff role itself.
 */
export async function AlertsOverview() {
  const [o, t, format] = await Promise.all([alertOverview(), getTranslations("alerts.admin"), getFormatter()]);
  const statuses = await getTranslations("alerts.manage.statuses");
  const cell = "py-1 pr-4";
  return (
    <section aria-labelledby="alerts-heading" className="mt-10" data-testid="alerts-overview">
      <h2 id="alerts-heading" className="text-xl font-semibold">{t("heading")}</h2>
      <div className="mt-2 grid gap-6 sm:grid-cols-2">
        <table className="text-sm">
          <caption className="text-left font-medium">{t("statuses")}</caption>
          <tbody>
            {(["pending", "active", "paused", "unsubscribed"] as const).map((s) => (
              <tr key={s}><th scope="row" className={`${cell} text-left font-normal`}>{statuses(s)}</th><td className={`${cell} tabular-nums`}>{format.number(o.byStatus[s])}</td></tr>
            ))}
            <tr><th scope="row" className={`${cell} text-left font-normal`}>{t("digests")}</th><td className={`${cell} tabular-nums`}>{format.number(o.digestsSent7d)}</td></tr>
            <tr><th scope="row" className={`${cell} text-left font-normal`}>{t("suppressed")}</th><td className={`${cell} tabular-nums`}>{format.number(o.suppressed)}</td></tr>
          </tbody>
        </table>
        <table className="text-sm" data-testid="alerts-queue">
          <caption className="text-left font-medium">{t("queue")}</caption>
          <tbody>
            <tr><th scope="row" className={`${cell} text-left font-normal`}>{t("waiting")}</th><td className={`${cell} tabular-nums`}>{format.number(o.queue.waiting)}</td></tr>
            <tr><th scope="row" className={`${cell} text-left font-normal`}>{t("active")}</th><td className={`${cell} tabular-nums`}>{format.number(o.queue.active)}</td></tr>
            <tr><th scope="row" className={`${cell} text-left font-normal`}>{t("failed")}</th><td className={`${cell} tabular-nums`}>{format.number(o.queue.failed)}</td></tr>
            <tr>
              <th scope="row" className={`${cell} text-left font-normal`}>{t("lastRun")}</th>
              <td className={cell}>{o.queue.lastDigestAt ? format.dateTime(o.queue.lastDigestAt, "dateTime") : t("never")}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {!o.queue.installed && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("unavailable")}</p>}
    </section>
  );
}
