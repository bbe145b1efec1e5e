import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/**
 * Locale-aware wrappers of Next's navigation APIs: `Link href="/roles/x"` renders `/zh/roles/x` on a Chinese
 * page; `redirect({ href, locale })` and `getPathname({ href, locale })` do the same on the server.
 */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
