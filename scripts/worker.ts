// `npm run worker`: the job alerts' queue workers on their own (confirmation mails, digests, the 10-minute
// scheduler), for running them apart from the web server (set ALERTS_WORKER=off there). Needs DATABASE_URL and
// AUTH_SECRET (the same as the app's: it signs the links in the mails); SMTP_URL or MAIL_DIR as the app.
// SIGTERM/SIGINT: finish the current job, then exit. package.json runs it with scripts/lib/allow-server-only.mjs, so
// the app's `server-only` modules load outside Next.
import "dotenv/config";
import { startAlertWorkers, stopAlertWorkers } from "@/lib/alerts/queue";
import { env } from "@/lib/env";
import { mailFolder } from "@/lib/mail/transport";

await startAlertWorkers();
console.log(`[alerts] worker started; mail ${env().SMTP_URL ? "via SMTP_URL" : `written to ${mailFolder()}`}`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    void stopAlertWorkers().finally(() => process.exit(0));
  });
}
