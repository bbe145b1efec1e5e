import { useTranslations } from "next-intl";
import type { ElementType, ReactNode } from "react";
import type { LocalizedText } from "@/lib/i18n/content";

/**
 * One language of a bilingual field: the text in an element carrying its `lang`, preceded by a visible notice
 * when it is the other language standing in for a missing one ("Not yet written in English; shown in Chinese.").
 * Works in server and client components. `render` lets Markdown fields supply their own renderer.
 */
export function LocalizedBlock({
  value,
  as: Tag = "p",
  className,
  render,
}: {
  value: LocalizedText;
  as?: ElementType;
  className?: string;
  render?: (text: string, lang: string) => ReactNode;
}) {
  return (
    <>
      {value.fallback && <FallbackNotice locale={value.locale} />}
      {render ? render(value.text, value.lang) : <Tag lang={value.lang} className={className}>{value.text}</Tag>}
    </>
  );
}

/** The visible notice that a field is shown in `locale` because the page's language has no text for it. */
export function FallbackNotice({ locale }: { locale: LocalizedText["locale"] }) {
  const t = useTranslations("common");
  return (
    <p className="text-xs italic text-slate-600 dark:text-slate-400" data-testid="fallback-notice">
      {t("fallback", { language: t(`languageName.${locale}`) })}
    </p>
  );
}
