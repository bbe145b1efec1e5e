import type { AppLocale } from "../routing";
import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enBrowse from "./en/browse.json";
import enCommon from "./en/common.json";
import enCompare from "./en/compare.json";
import enInsights from "./en/insights.json";
import enRole from "./en/role.json";
import enSaved from "./en/saved.json";
import zhAdmin from "./zh/admin.json";
import zhAuth from "./zh/auth.json";
import zhBrowse from "./zh/browse.json";
import zhCommon from "./zh/common.json";
import zhCompare from "./zh/compare.json";
import zhInsights from "./zh/insights.json";
import zhRole from "./zh/role.json";
import zhSaved from "./zh/saved.json";

/**
 * All UI strings, one JSON file per namespace and locale (ICU message syntax). English is the reference shape:
 * `tests/unit/messages.test.ts` fails when a key or an ICU argument exists in one language and not the other,
 * and TypeScript (AppConfig in lib/i18n/types.d.ts) fails on a key used in code but missing from English.
 */
export const MESSAGES = {
  en: {
    common: enCommon, browse: enBrowse, role: enRole, compare: enCompare,
    insights: enInsights, saved: enSaved, admin: enAdmin, auth: enAuth,
  },
  zh: {
    common: zhCommon, browse: zhBrowse, role: zhRole, compare: zhCompare,
    insights: zhInsights, saved: zhSaved, admin: zhAdmin, auth: zhAuth,
  },
} as const;

/** The message tree of one language, shaped like the English one. */
export type Messages = (typeof MESSAGES)["en"];

/** Messages for `locale`. */
export function messagesFor(locale: AppLocale): Messages {
  return MESSAGES[locale] as unknown as Messages;
}

/**
 * The namespaces client components read (sent to the browser by NextIntlClientProvider); everything else stays
 * on the server.
 */
export const CLIENT_NAMESPACES = ["common", "saved", "auth", "admin"] as const satisfies readonly (keyof Messages)[];
