import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/**
 * next-intl's locale-aware `redirect({ href, locale })` and `getPathname({ href, locale })`: `/roles/x` →
 * `/zh/roles/x`. For server actions, the staff pages' guards and their client components. Kept apart from
 * lib/i18n/navigation.ts (the public pages' Link) on purpose: next-intl's navigation module imports its client
 * Link, and a page whose server code imports it ships that and next-intl's client runtime to the browser, used
 * or not.
 */
export const { redirect, getPathname } = createNavigation(routing);
