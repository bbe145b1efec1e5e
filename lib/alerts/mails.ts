import "server-only";
import { translator } from "@/lib/i18n/translator";
import type { AppLocale } from "@/lib/i18n/routing";
import type { OutgoingMail } from "@/lib/mail/transport";
import type { OpeningListItem } from "@/lib/openings/types";
import { alertSearchString, storedAlertQuery } from "./query";
import { signToken } from "./tokens";

/*
 * The alert mails, in the alert's locale: the double opt-in confirmation and the digest. Plain-text and HTML parts
 * with the same content; every link is absolute (mailOrigin). Pure apart from signing tokens.
 */

/** The public origin for links in mails, which are written outside any request: SITE_URL, else localhost:PORT. */
export function mailOrigin(): string {
  const configured = process.env.SITE_URL;
  if (configured) return new URL(configured).origin;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A one-line description of a stored search ("“数据” · 上海 · remote"), or the "all openings" phrase. */
export function describeSearch(stored: unknown, locale: AppLocale): string {
  const t = translator(locale);
  const q = storedAlertQuery(stored);
  if (!q) return t("alerts.mail.allJobs");
  const parts = [
    q.q ? `“${q.q}”` : "",
    ...q.role,
    ...q.city,
    ...q.workplace,
    ...q.employment,
    ...q.experience,
    ...q.tier,
    ...q.horizon,
    q.salaryMin !== null && q.currency ? `≥ ${q.salaryMin} ${q.currency}/${q.period}` : "",
    q.posted ? `≤ ${q.posted}d` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : t("alerts.mail.allJobs");
}

/** The manage page's link for an address (signed, a year). */
export function manageUrl(email: string, locale: AppLocale): string {
  return `${mailOrigin()}/${locale}/alerts/manage?token=${signToken("manage", email)}`;
}

/** The confirmation mail of a pending alert. */
export function confirmationMail(alert: { id: string; email: string; locale: AppLocale; frequency: "daily" | "weekly"; query: unknown }): OutgoingMail {
  const t = translator(alert.locale);
  const link = `${mailOrigin()}/${alert.locale}/alerts/confirm?token=${signToken("confirm", alert.id)}`;
  const text = t("alerts.mail.confirmText", { frequency: alert.frequency, search: describeSearch(alert.query, alert.locale), link });
  const html = `<!doctype html><html lang="${alert.locale === "zh" ? "zh-CN" : "en"}"><body>${text
    .split("\n\n")
    .map((p) => `<p>${escapeHtml(p).replace(escapeHtml(link), `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`).replace(/\n/g, "<br>")}</p>`)
    .join("")}</body></html>`;
  return { to: alert.email, subject: t("alerts.mail.confirmSubject"), text, html, headers: { "Auto-Submitted": "auto-generated" } };
}

/**
 * The digest mail of an alert listing `openings` (newest first), with the one-click unsubscribe headers of RFC 8058
 * (List-Unsubscribe: the POST endpoint; List-Unsubscribe-Post: List-Unsubscribe=One-Click) and a stable
 * Message-ID per alert and period, so a resend after a crash is recognisably the same message.
 */
export function digestMail(
  alert: { id: string; email: string; locale: AppLocale; query: unknown },
  period: string,
  openings: readonly OpeningListItem[],
): OutgoingMail {
  const { locale } = alert;
  const t = translator(locale);
  const origin = mailOrigin();
  const search = describeSearch(alert.query, locale);
  const unsubscribeToken = signToken("unsubscribe", alert.id);
  const oneClick = `${origin}/api/alerts/unsubscribe?token=${unsubscribeToken}`;
  const unsubscribePage = `${origin}/${locale}/alerts/unsubscribe?token=${unsubscribeToken}`;
  const manage = manageUrl(alert.email, locale);
  const all = `${origin}/${locale}/jobs${alertSearchString(alert.query)}`;
  const title = (o: OpeningListItem) => (locale === "zh" ? o.titleZh || o.titleEn : o.titleEn || o.titleZh);
  const place = (o: OpeningListItem) =>
    [o.locations.map((l) => l.city).join(", "), o.workplaceType === "remote" ? t("alerts.mail.remote") : ""].filter(Boolean).join(" · ");
  const link = (o: OpeningListItem) => `${origin}/${locale}/jobs/${o.slug}`;
  const intro = t("alerts.mail.digestIntro", { count: openings.length, search });

  const text = [
    intro,
    "",
    ...openings.flatMap((o) => [`• ${title(o)} — ${o.employerName}${place(o) ? ` (${place(o)})` : ""}`, `  ${link(o)}`]),
    "",
    `${t("alerts.mail.viewAll")}: ${all}`,
    `${t("alerts.mail.manage")}: ${manage}`,
    `${t("alerts.mail.unsubscribe")}: ${unsubscribePage}`,
    "",
    t("alerts.mail.footer"),
  ].join("\n");
  const a = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = `<!doctype html><html lang="${locale === "zh" ? "zh-CN" : "en"}"><body>
<p>${escapeHtml(intro)}</p>
<ul>${openings.map((o) => `<li>${a(link(o), title(o))} — ${escapeHtml(o.employerName)}${place(o) ? ` (${escapeHtml(place(o))})` : ""}</li>`).join("\n")}</ul>
<p>${a(all, t("alerts.mail.viewAll"))}</p>
<p>${a(manage, t("alerts.mail.manage"))} · ${a(unsubscribePage, t("alerts.mail.unsubscribe"))}</p>
<p>${escapeHtml(t("alerts.mail.footer"))}</p>
</body></html>`;
  const host = new URL(origin).hostname || "localhost";
  return {
    to: alert.email,
    subject: t("alerts.mail.digestSubject", { count: openings.length }),
    text,
    html,
    messageId: `<digest.${alert.id}.${period}@${host}>`,
    list: { unsubscribe: oneClick },
    headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Auto-Submitted": "auto-generated" },
  };
}
