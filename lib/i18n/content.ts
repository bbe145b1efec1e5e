import { type AppLocale, LANGUAGE_TAG, otherLocale } from "./routing";

/** One bilingual field's text in one language, with the BCP 47 tag to put in `lang`. */
export interface LocalizedText {
  text: string;
  /** Locale the text is written in. */
  locale: AppLocale;
  /** BCP 47 tag for the element's `lang` attribute ("zh-CN", "en"). */
  lang: string;
  /** True when the page's language had no text and this is the other language instead (show a notice). */
  fallback: boolean;
}

/** A bilingual field as a page shows it: its own language first, the other beside it. */
export interface BilingualText {
  /** Page language when present, else the other language marked `fallback`; null when both are empty. */
  primary: LocalizedText | null;
  /** The other language beside the primary; null when it is empty or already shown as the fallback. */
  secondary: LocalizedText | null;
}

/**
 * Orders a role field's two texts for a page in `locale` (role content is stored as `…En` / `…Zh` columns;
 * "" means not written). Never returns a blank primary when either language has text.
 * Input: the English and Chinese text. Output: BilingualText. Pure; never throws.
 */
export function bilingual(en: string, zh: string, locale: AppLocale): BilingualText {
  const texts: Record<AppLocale, string> = { en: en.trim() ? en : "", zh: zh.trim() ? zh : "" };
  const other = otherLocale(locale);
  const make = (l: AppLocale, fallback: boolean): LocalizedText => ({ text: texts[l], locale: l, lang: LANGUAGE_TAG[l], fallback });
  if (texts[locale]) return { primary: make(locale, false), secondary: texts[other] ? make(other, false) : null };
  if (texts[other]) return { primary: make(other, true), secondary: null };
  return { primary: null, secondary: null };
}

/** A role's title for a page in `locale`: its own language, else the other (titles are never both empty). */
export function roleTitle(role: { titleEn: string; titleZh: string }, locale: AppLocale): LocalizedText {
  return (
    bilingual(role.titleEn, role.titleZh, locale).primary ?? { text: "", locale, lang: LANGUAGE_TAG[locale], fallback: false }
  );
}
