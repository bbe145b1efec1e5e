import type { Formats } from "next-intl";

/**
 * Dates are shown in UTC with the zone named, so a page looks the same wherever it was rendered (server or
 * browser) and an editor in Beijing and one in Berlin read the same audit entry the same way.
 */
export const TIME_ZONE = "UTC";

/** Named formats used with `format.dateTime(d, "date")` etc.; the locale decides the pattern. */
export const formats = {
  dateTime: {
    date: { dateStyle: "medium", timeZone: TIME_ZONE },
    dateTime: { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE, hourCycle: "h23" },
  },
  number: {
    usd: { style: "currency", currency: "USD", maximumFractionDigits: 0 },
    cny: { style: "currency", currency: "CNY", maximumFractionDigits: 0 },
  },
} satisfies Formats;
