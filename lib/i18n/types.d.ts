import type { formats } from "./formats";
import type { Messages } from "./messages";
import type { AppLocale } from "./routing";

// Typed next-intl: an unknown key in t("…"), an unknown format name or locale fails type-checking (and `next build`).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
    Formats: typeof formats;
  }
}
