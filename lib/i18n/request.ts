import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { formats, TIME_ZONE } from "./formats";
import { routing } from "./routing";

/**
 * next-intl's per-request configuration (wired in next.config.js): the locale from the `[locale]` segment (or an
 * explicit override), its messages (lib/i18n/messages/<locale>/*.json), the shared number/date formats and the
 * time zone. An unsupported or missing locale falls back to the default; the `[locale]` layout has already
 * answered 404 for those paths, so this only happens outside pages (e.g. a route handler asking for messages).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), formats, timeZone: TIME_ZONE };
});
