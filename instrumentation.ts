/**
 * Runs once when the app's server starts (Next's instrumentation hook). Starts the job alerts' queue workers in this
 * process (lib/alerts/queue.ts: confirmation mails, digests, the 10-minute scheduler), so `npm start` needs no
 * second process. ALERTS_WORKER=off leaves them to `npm run worker` (e.g. one worker for several web instances;
 * several are safe too). A failure to start is logged, never fatal for the web server.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.ALERTS_WORKER === "off") return;
  const { startAlertWorkers } = await import("./lib/alerts/queue");
  await startAlertWorkers().then(
    () => console.log("[alerts] queue worker started"),
    (err: Error) => console.error(`[alerts] queue worker not started: ${err.message}`),
  );
}
