// Stand-ins for Next's request-bound helpers so server actions can be called directly in Vitest:
// revalidatePath and revalidateTag record their calls; redirect throws a RedirectSignal carrying the URL, as Next's throws NEXT_REDIRECT.
import { vi } from "vitest";

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export const revalidated: string[] = [];
/** The cache tags expired so far (revalidateTag's first argument), with the profile each was given. */
export const expiredTags: { tag: string; profile: unknown }[] = [];

// cacheTag/cacheLife: outside Next a "use cache" function is a plain function; the tags it would set are not recorded.
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => {
    revalidated.push(path);
  },
  revalidateTag: (tag: string, profile: unknown) => {
    expiredTags.push({ tag, profile });
  },
  cacheTag: () => {},
  cacheLife: () => {},
}));

vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  permanentRedirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

// next-intl's request-bound helpers, for server actions and route code called outside a request: the locale is
// `stubLocale.current` ("en" unless a test changes it) and messages are the real message files.
export const stubLocale: { current: "en" | "zh" } = { current: "en" };

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { MESSAGES } = await import("@/lib/i18n/messages");
  const { formatter } = await import("@/lib/i18n/translator");
  const { formats, TIME_ZONE } = await import("@/lib/i18n/formats");
  type Opts = string | { locale?: "en" | "zh"; namespace?: string } | undefined;
  const translations = async (opts: Opts) => {
    const locale = (typeof opts === "object" && opts.locale) || stubLocale.current;
    const namespace = typeof opts === "string" ? opts : opts?.namespace;
    return createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never, formats, timeZone: TIME_ZONE });
  };
  return {
    getLocale: async () => stubLocale.current,
    getTranslations: translations,
    getFormatter: async (opts?: { locale?: "en" | "zh" }) => formatter(opts?.locale ?? stubLocale.current),
    getMessages: async () => MESSAGES[stubLocale.current],
    setRequestLocale: () => {},
  };
});
