import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { confirmAlert, manageAlert, manageTokenEmail, MAX_ALERTS_PER_ADDRESS, subscribe, unsubscribeByToken } from "@/lib/alerts/service";
import { deleteExpiredPending, digestPeriod, sendDigest } from "@/lib/alerts/digest";
import { boss, enqueueDueDigests, QUEUES, sendConfirmation, startAlertWorkers, stopAlertWorkers } from "@/lib/alerts/queue";
import { signToken } from "@/lib/alerts/tokens";
import { POST as oneClick } from "@/app/api/alerts/unsubscribe/route";
import { insertOpening, resetCatalogue, testDb } from "../support/database";
import type { ParsedMail } from "mailparser";
import { startSmtp } from "../support/smtp";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let n = 0;
const address = () => `Alert.Tester+${Date.now().toString(36)}${++n}@Example.COM`;
const ip = () => `10.9.${n % 250}.${Math.floor(Math.random() * 250)}`;
const linkIn = (text: string, path: string) => {
  const m = text.match(new RegExp(`https?://[^\\s]+${path.replace(/\//g, "\\/")}\\?token=[^\\s]+`));
  if (!m) throw new Error(`no ${path} link in:\n${text}`);
  return new URL(m[0]);
};

/** One raw header's value (unfolded), as the SMTP server received it. */
const header = (mail: ParsedMail, name: string) => {
  const line = mail.headerLines.find((h) => h.key === name)?.line;
  return line?.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, "").trim();
};

/** Subscribes, sends the confirmation (as the worker would) and follows its link: an active alert. */
async function activeAlert(search: string, locale: "en" | "zh" = "en", email = address()) {
  expect(await subscribe({ email, frequency: "daily", search, locale, ip: ip() })).toEqual({ ok: true });
  const alert = await testDb().alertSubscription.findFirstOrThrow({ where: { email: email.toLowerCase() }, orderBy: { createdAt: "desc" } });
  const before = smtp.received.length;
  expect(await sendConfirmation(alert.id)).toBe(true);
  const mail = await smtp.next(before, (m) => m.subject === "Confirm your job alert" && JSON.stringify(m.to).includes(email.toLowerCase()));
  const token = linkIn(mail.text!, "/alerts/confirm").searchParams.get("token");
  const confirmed = await confirmAlert(token, new Date(Date.now() - 60_000));
  expect(confirmed).toMatchObject({ ok: true });
  return { alert, email: email.toLowerCase() };
}

beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.AUTH_SECRET ??= "x".repeat(40);
  await resetCatalogue();
  await testDb().$executeRaw`TRUNCATE alert_subscriptions, mail_suppressions CASCADE`;
  await testDb().$executeRaw`DELETE FROM auth_rate_limits WHERE key LIKE 'alert-%'`;
});

afterAll(async () => {
  await stopAlertWorkers();
  await smtp.close();
});

beforeEach(() => {
  smtp.failNext(0);
});

describe("subscribe and confirm (double opt-in)", () => {
  it("stores the normalised address and the parsed query, mails only the confirmation, and activates on its link", async () => {
    const email = address();
    expect(await subscribe({ email: `  ${email} `, frequency: "weekly", search: "city=上海&q=数据&page=3", locale: "zh", ip: ip() })).toEqual({ ok: true });
    const alert = await testDb().alertSubscription.findFirstOrThrow({ where: { email: email.toLowerCase() } });
    expect(alert).toMatchObject({ status: "PENDING", frequency: "WEEKLY", locale: "zh", confirmedAt: null });
    expect(alert.query).toMatchObject({ city: ["上海"], q: "数据" });
    expect(alert.query).not.toHaveProperty("page");
    // A digest for a pending alert sends nothing.
    expect(await sendDigest(alert.id, digestPeriod("weekly", new Date()))).toEqual({ outcome: "skipped", reason: "pending" });

    const before = smtp.received.length;
    await sendConfirmation(alert.id);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.to).toMatchObject({ text: email.toLowerCase() });
    expect(mail!.subject).toBe("请确认你的职位提醒");
    expect(mail!.html).toContain("/zh/alerts/confirm?token=");
    const token = linkIn(mail!.text!, "/zh/alerts/confirm").searchParams.get("token");
    expect(await confirmAlert(token)).toEqual({ ok: true, email: email.toLowerCase() });
    expect(await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ status: "ACTIVE" });
    // Replayed: refused, nothing changes.
    const confirmedAt = (await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } })).confirmedAt;
    expect(await confirmAlert(token)).toEqual({ ok: false, reason: "used" });
    expect((await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } })).confirmedAt).toEqual(confirmedAt);
  });

  it("answers the same for an address that already has the alert, and queues nothing for it", async () => {
    const { email } = await activeAlert("workplace=remote");
    const count = await testDb().alertSubscription.count({ where: { email } });
    expect(await subscribe({ email, frequency: "daily", search: "workplace=remote", locale: "en", ip: ip() })).toEqual({ ok: true });
    expect(await testDb().alertSubscription.count({ where: { email } })).toBe(count);
  });

  it("refuses bad input with the field at fault and stores nothing", async () => {
    const before = await testDb().alertSubscription.count();
    expect(await subscribe({ email: "not-an-address", frequency: "daily", search: "", locale: "en", ip: ip() })).toEqual({ ok: false, errors: { email: true } });
    expect(await subscribe({ email: address(), frequency: "hourly", search: "", locale: "en", ip: ip() })).toEqual({ ok: false, errors: { frequency: true } });
    const refused = await subscribe({ email: address(), frequency: "daily", search: "workplace=moon&bogus=1", locale: "en", ip: ip() });
    expect(refused).toMatchObject({ ok: false, errors: { search: expect.arrayContaining([expect.objectContaining({ parameter: "workplace" })]) } });
    expect(await subscribe({ email: address(), frequency: "daily", search: 42, locale: "en", ip: ip() })).toMatchObject({ ok: false, errors: { search: expect.any(Array) } });
    expect(await testDb().alertSubscription.count()).toBe(before);
  });

  it("refuses tampered, wrong-purpose and expired tokens", async () => {
    const { alert } = await activeAlert("employment=internship");
    const good = signToken("confirm", alert.id);
    expect(await confirmAlert(good.slice(0, -2) + (good.endsWith("A") ? "BB" : "AA"))).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmAlert(signToken("manage", alert.id))).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmAlert(signToken("confirm", alert.id, Date.now() - 8 * 24 * 3600 * 1000))).toEqual({ ok: false, reason: "expired" });
    expect(await confirmAlert("garbage")).toEqual({ ok: false, reason: "invalid" });
    expect(manageTokenEmail("a.b.c.d")).toBeNull();
  });

  it("caps alerts per address and rate limits per address and per IP", async () => {
    const email = address();
    const from = ip();
    for (let i = 0; i < 5; i++) expect(await subscribe({ email, frequency: "daily", search: `q=cap${i}`, locale: "en", ip: `10.8.0.${i}` })).toEqual({ ok: true });
    expect(await subscribe({ email, frequency: "daily", search: "q=cap5", locale: "en", ip: "10.8.0.9" })).toMatchObject({ ok: false, rateLimited: expect.any(Number) });
    const spray = `10.7.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 20; i++) await subscribe({ email: address(), frequency: "daily", search: "", locale: "en", ip: spray });
    expect(await subscribe({ email: address(), frequency: "daily", search: "", locale: "en", ip: spray })).toMatchObject({ rateLimited: expect.any(Number) });
    // The cap: the 11th distinct search of one address is not stored (the answer is the same).
    const capped = address();
    await testDb().alertSubscription.createMany({
      data: Array.from({ length: MAX_ALERTS_PER_ADDRESS }, (_, i) => ({ email: capped.toLowerCase(), locale: "en", frequency: "DAILY" as const, query: { q: `c${i}` } })),
    });
    expect(await subscribe({ email: capped, frequency: "daily", search: "q=one-more", locale: "en", ip: from })).toEqual({ ok: true });
    expect(await testDb().alertSubscription.count({ where: { email: capped.toLowerCase() } })).toBe(MAX_ALERTS_PER_ADDRESS);
  });

  it("deletes unconfirmed alerts after 7 days, and only those", async () => {
    const old = await testDb().alertSubscription.create({ data: { email: "old@example.com", locale: "en", frequency: "DAILY", query: {}, createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    const fresh = await testDb().alertSubscription.create({ data: { email: "fresh@example.com", locale: "en", frequency: "DAILY", query: {}, createdAt: new Date(Date.now() - 6 * 86_400_000) } });
    const oldActive = await testDb().alertSubscription.create({ data: { email: "kept@example.com", locale: "en", frequency: "DAILY", query: {}, status: "ACTIVE", confirmedAt: new Date(), createdAt: new Date(Date.now() - 30 * 86_400_000) } });
    expect(await deleteExpiredPending()).toBeGreaterThanOrEqual(1);
    expect(await testDb().alertSubscription.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await testDb().alertSubscription.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await testDb().alertSubscription.findUnique({ where: { id: oldActive.id } })).not.toBeNull();
  });
});

describe("digests", () => {
  it("lists only openings new since the last digest: three, then one; an empty one is not sent", async () => {
    const { alert } = await activeAlert("q=Alertkeyword", "en");
    for (const t of ["One", "Two", "Three"]) await insertOpening("data-detective", { titleEn: `Alertkeyword ${t}` });
    await insertOpening("data-detective", { titleEn: "Unrelated posting" });
    const before = smtp.received.length;
    const first = await sendDigest(alert.id, "2026-12-02");
    expect(first).toMatchObject({ outcome: "sent", count: 3 });
    const [mail1] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail1!.subject).toBe("3 new openings for your job alert");
    expect(mail1!.text).toContain("Alertkeyword Three");
    expect(mail1!.text).not.toContain("Unrelated");
    expect(mail1!.html).toMatch(/href="http:\/\/localhost:\d+\/en\/jobs\/opening-/);
    // RFC 8058 one-click headers.
    expect(header(mail1!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(header(mail1!, "list-unsubscribe")).toMatch(/^<http:\/\/localhost:\d+\/api\/alerts\/unsubscribe\?token=unsubscribe\.[^>]+>$/);

    // The same period again: nothing.
    expect(await sendDigest(alert.id, "2026-12-02")).toEqual({ outcome: "skipped", reason: "duplicate" });
    // Next period with nothing new: recorded as empty, no mail.
    expect(await sendDigest(alert.id, "2026-12-03")).toEqual({ outcome: "empty" });
    await insertOpening("data-detective", { titleEn: "Alertkeyword Four" });
    expect(await sendDigest(alert.id, "2026-12-04")).toMatchObject({ outcome: "sent", count: 1 });
    const [mail2] = (await smtp.waitFor(before + 2)).slice(before + 1);
    expect(mail2!.subject).toBe("1 new opening for your job alert");
    expect(mail2!.text).toContain("Alertkeyword Four");
    expect(mail2!.text).not.toContain("Alertkeyword One");
    expect(smtp.received.length).toBe(before + 2);
  });

  it("sends once when two workers race for the same digest", async () => {
    const { alert } = await activeAlert("q=Racekeyword");
    await insertOpening("data-detective", { titleEn: "Racekeyword opening" });
    const before = smtp.received.length;
    const results = await Promise.all([sendDigest(alert.id, "2026-12-02"), sendDigest(alert.id, "2026-12-02")]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["sent", "skipped"]);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.length).toBe(before + 1);
    expect(await testDb().alertDigest.count({ where: { alertId: alert.id } })).toBe(1);
  });

  it("records nothing when SMTP fails, and the queue's retry sends it", async () => {
    const { alert } = await activeAlert("q=Retrykeyword");
    await insertOpening("data-detective", { titleEn: "Retrykeyword opening" });
    smtp.failNext(1);
    await expect(sendDigest(alert.id, "2026-12-02")).rejects.toThrow();
    expect(await testDb().alertDigest.count({ where: { alertId: alert.id } })).toBe(0);
    const watermark = (await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } })).watermark;

    // Through the real queue: the job fails once (451), pg-boss retries it, the second attempt is sent.
    const b = await boss();
    await b.updateQueue(QUEUES.digest, { name: QUEUES.digest, policy: "stately", retryLimit: 3, retryDelay: 1, retryBackoff: false });
    // Only this test's digest in the queue: the earlier tests' confirmations and due digests would take the 451.
    await b.purgeQueue(QUEUES.confirm);
    await b.purgeQueue(QUEUES.digest);
    await startAlertWorkers(0.5, { scheduler: false });
    smtp.failNext(1);
    const before = smtp.received.length;
    await b.send(QUEUES.digest, { alertId: alert.id, period: "2026-12-05" }, { retryLimit: 3, retryDelay: 1, singletonKey: `${alert.id}:2026-12-05` });
    // The worker also sends the confirmations queued by the other tests' subscriptions: wait for the digest.
    const until = Date.now() + 25_000;
    while (!smtp.received.slice(before).some((m) => m.text?.includes("Retrykeyword opening")) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received.slice(before).filter((m) => m.text?.includes("Retrykeyword opening"))).toHaveLength(1);
    const after = await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } });
    expect(after.watermark!.getTime()).toBeGreaterThan(watermark!.getTime());
    expect(await testDb().alertDigest.findMany({ where: { alertId: alert.id } })).toMatchObject([{ period: "2026-12-05", outcome: "sent", openingCount: 1 }]);
    // The remaining tests call the functions directly, without a worker sending beside them.
    await stopAlertWorkers();
  }, 40_000);

  it("suppresses a hard-bounced address (550) instead of retrying, and never mails it again", async () => {
    const email = `gone-${Date.now().toString(36)}@bounce.example`;
    const alert = await testDb().alertSubscription.create({
      data: { email, locale: "en", frequency: "DAILY", query: { q: "Bouncekeyword" }, status: "ACTIVE", confirmedAt: new Date(Date.now() - 60_000), watermark: new Date(Date.now() - 60_000) },
    });
    await insertOpening("data-detective", { titleEn: "Bouncekeyword opening" });
    expect(await sendDigest(alert.id, "2026-12-02")).toEqual({ outcome: "skipped", reason: "bounced" });
    expect(await testDb().mailSuppression.findUnique({ where: { email } })).toMatchObject({ reason: "bounced" });
    expect(await testDb().alertDigest.count({ where: { alertId: alert.id } })).toBe(0);
    expect(await sendDigest(alert.id, "2026-12-03")).toEqual({ outcome: "skipped", reason: "suppressed" });
  });

  it("enqueues each due alert once per period", async () => {
    const { alert } = await activeAlert("q=Duekeyword");
    const now = new Date();
    expect(await enqueueDueDigests(now)).toBeGreaterThanOrEqual(1);
    const jobs = await testDb().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${QUEUES.digest} AND singleton_key = ${`${alert.id}:${digestPeriod("daily", now)}`}`;
    expect(jobs[0]!.n).toBe(1);
  });
});

describe("unsubscribe and manage", () => {
  it("unsubscribes the alert by the List-Unsubscribe one-click POST; no digest after", async () => {
    const { alert } = await activeAlert("q=Unsubkeyword");
    await insertOpening("data-detective", { titleEn: "Unsubkeyword opening" });
    const before = smtp.received.length;
    await sendDigest(alert.id, "2026-12-02");
    const mail = await smtp.next(before, (m) => !!m.text?.includes("Unsubkeyword opening"));
    const url = header(mail!, "list-unsubscribe")!.slice(1, -1);
    const res = await oneClick(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(res.status).toBe(200);
    expect((await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } })).status).toBe("UNSUBSCRIBED");
    await insertOpening("data-detective", { titleEn: "Unsubkeyword second" });
    expect(await sendDigest(alert.id, "2026-12-03")).toEqual({ outcome: "skipped", reason: "unsubscribed" });
    const bad = await oneClick(new Request("http://localhost/api/alerts/unsubscribe?token=forged", { method: "POST", body: "List-Unsubscribe=One-Click" }));
    expect(bad.status).toBe(400);
    expect(await unsubscribeByToken("forged")).toBe(false);
  });

  it("pauses, changes frequency, deletes, and unsubscribes all (suppressed: never mailed again)", async () => {
    const email = address();
    const { alert } = await activeAlert("q=Managekeyword", "en", email);
    const norm = email.toLowerCase();
    expect(await manageAlert(norm, alert.id, { intent: "pause" })).toEqual({ ok: true, done: "updated" });
    expect((await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } })).status).toBe("PAUSED");
    expect(await manageAlert(norm, alert.id, { intent: "frequency", frequency: "monthly" })).toEqual({ ok: false, error: "frequency" });
    expect(await manageAlert(norm, alert.id, { intent: "frequency", frequency: "weekly" })).toEqual({ ok: true, done: "updated" });
    expect(await manageAlert("someone-else@example.com", alert.id, { intent: "delete" })).toEqual({ ok: false, error: "unknown" });
    expect((await testDb().alertSubscription.findUniqueOrThrow({ where: { id: alert.id } })).frequency).toBe("WEEKLY");
    expect(await manageAlert(norm, alert.id, { intent: "resume" })).toEqual({ ok: true, done: "updated" });
    expect(await manageAlert(norm, null, { intent: "unsubscribe-all" })).toEqual({ ok: true, done: "unsubscribedAll" });
    expect(await testDb().mailSuppression.findUnique({ where: { email: norm } })).toMatchObject({ reason: "unsubscribed" });
    // A new request from a suppressed address: same answer, nothing stored or mailed.
    const count = await testDb().alertSubscription.count({ where: { email: norm } });
    expect(await subscribe({ email, frequency: "daily", search: "q=again", locale: "en", ip: ip() })).toEqual({ ok: true });
    expect(await testDb().alertSubscription.count({ where: { email: norm } })).toBe(count);
    expect(await manageAlert(norm, alert.id, { intent: "delete" })).toEqual({ ok: true, done: "deleted" });
    expect(await testDb().alertSubscription.findUnique({ where: { id: alert.id } })).toBeNull();
  });
});

describe("admin overview", () => {
  it("counts alerts per status and the queue's jobs, for staff only", async () => {
    const { actAs, makeStaff } = await import("../support/staff");
    const { alertOverview } = await import("@/lib/alerts/admin");
    actAs(null);
    await expect(alertOverview()).rejects.toThrow();
    actAs(await makeStaff("editor"));
    const o = await alertOverview();
    const db = testDb();
    expect(o.byStatus.active).toBe(await db.alertSubscription.count({ where: { status: "ACTIVE" } }));
    expect(o.byStatus.pending).toBe(await db.alertSubscription.count({ where: { status: "PENDING" } }));
    expect(o.suppressed).toBe(await db.mailSuppression.count());
    expect(o.queue.installed).toBe(true);
    const [waiting] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'alert%' AND state IN ('created', 'retry')`;
    expect(o.queue.waiting).toBe(waiting!.n);
    expect(o.queue.lastDigestAt).toBeInstanceOf(Date);
  });
});
