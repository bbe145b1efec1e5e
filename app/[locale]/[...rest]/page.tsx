import { notFound } from "next/navigation";

/**
 * Any path under a locale that no route matches (`/zh/nope`): answers 404 with the locale's own not-found page
 * (`app/[locale]/not-found.tsx`, in the page's language and with the site header) instead of the bare global one.
 */
export default function UnknownPage(): never {
  notFound();
}
