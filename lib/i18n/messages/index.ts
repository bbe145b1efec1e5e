import type { AppLocale } from "../routing";
import enAbout from "./en/about.json";
import enAdmin from "./en/admin.json";
import enAlerts from "./en/alerts.json";
import enAuth from "./en/auth.json";
import enBrowse from "./en/browse.json";
import enCommon from "./en/common.json";
import enCompare from "./en/compare.json";
import enInsights from "./en/insights.json";
import enJobs from "./en/jobs.json";
import enRole from "./en/role.json";
import enSaved from "./en/saved.json";
import enSearch from "./en/search.json";
import zhAbout from "./zh/about.json";
import zhAdmin from "./zh/admin.json";
import zhAlerts from "./zh/alerts.json";
import zhAuth from "./zh/auth.json";
import zhBrowse from "./zh/browse.json";
import zhCommon from "./zh/common.json";
import zhCompare from "./zh/compare.json";
import zhInsights from "./zh/insights.json";
import zhJobs from "./zh/jobs.json";
import zhRole from "./zh/role.json";
import zhSaved from "./zh/saved.json";
import zhSearch from "./zh/search.json";

/**
 * All UI strings, one JSON file per namespace and locale (ICU message syntax). English is the reference shape:
 * `tests/unit/messages.test.ts` fails when a key or an ICU argument exists in one language and not the other,
 * and TypeScript (AppConfig in lib/i18n/types.d.ts) fails on a key used in code but missing from English.
 */
export const MESSAGES = {
  en: {
    common: enCommon, browse: enBrowse, role: enRole, compare: enCompare,
    insights: enInsights, saved: enSaved, admin: enAdmin, auth: enAuth, jobs: enJobs, about: enAbout, alerts: enAlerts, search: enSearch,
  },
  zh: {
    common: zhCommon, browse: zhBrowse, role: zhRole, compare: zhCompare,
    insights: zhInsights, saved: zhSaved, admin: zhAdmin, auth: zhAuth, jobs: zhJobs, about: zhAbout, alerts: zhAlerts, search: zhSearch,
  },
} as const;

/** The message tree of one language, shaped like the English one. */
export type Messages = (typeof MESSAGES)["en"];

/** Messages for `locale`. */
export function messagesFor(locale: AppLocale): Messages {
  return MESSAGES[locale] as unknown as Messages;
}

/**
 * The namespaces client components read, sent to the browser by a NextIntlClientProvider around them; everything
 * else stays on the server. Public pages have no provider in their layout (their client leaves get words as
 * props); the saved list gets SAVED_CLIENT_NAMESPACES and the jobs page's alert form `alerts.form`, each from its
 * own page. The admin layout and the sign-in page send the staff forms' namespaces (STAFF_CLIENT_NAMESPACES), so
 * visitors never download the admin's strings. The staff side also gets `jobs`: the opening form and the
 * openings import report name workplace, employment, experience and salary-period values with the jobs page's
 * own words.
 */
export const SAVED_CLIENT_NAMESPACES = ["common", "saved"] as const satisfies readonly (keyof Messages)[];
export const STAFF_CLIENT_NAMESPACES = ["common", "saved", "admin", "auth", "jobs"] as const satisfies readonly (keyof Messages)[];

/** The given namespaces of a message tree (for a NextIntlClientProvider's `messages`). */
export function pickNamespaces<N extends keyof Messages>(messages: Messages, namespaces: readonly N[]): Pick<Messages, N> {
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]])) as Pick<Messages, N>;
}
