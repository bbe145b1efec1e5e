import { createFormatter, createTranslator } from "next-intl";
import { formats, TIME_ZONE } from "./formats";
import { MESSAGES } from "./messages";
import type { AppLocale } from "./routing";

/**
 * A translator for `locale` that needs no request (next-intl's core `createTranslator` over the bundled messages),
 * for code outside pages: feeds, route handlers, plain functions shared with pages. Pages and components use
 * `getTranslations`/`useTranslations` instead. Missing keys throw, so a gap cannot reach a feed silently.
 */
export function translator(locale: AppLocale) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale] as (typeof MESSAGES)["en"],
    formats,
    timeZone: TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  });
}

/** Number, date and list formatting for `locale` with the site's named formats (lib/i18n/formats.ts). */
export function formatter(locale: AppLocale) {
  return createFormatter({ locale, formats, timeZone: TIME_ZONE });
}
