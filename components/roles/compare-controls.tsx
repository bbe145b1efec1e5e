import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/metadata";
import { COMPARE_MAX, COMPARE_MIN } from "@/lib/roles/compare";
import { ComparePicker } from "./compare-picker";

/**
 * The compare form's controls with their texts in the page's language (`browse.compare`): the button, the hint and
 * the live count of the stored selection (ComparePicker). Put inside a GET form whose ticks are CompareCheckbox.
 */
export function CompareControls({ className }: { className?: string }) {
  const t = useTranslations("browse.compare");
  const locale = useLocale();
  return (
    <ComparePicker
      min={COMPARE_MIN}
      labels={Array.from({ length: COMPARE_MAX + 1 }, (_, count) => t("ticked", { count, max: COMPARE_MAX }))}
      submitLabel={t("submit")}
      hint={t("hint", { min: COMPARE_MIN, max: COMPARE_MAX })}
      clearLabel={t("clear")}
      action={localePath(locale, "/compare")}
      className={className}
    />
  );
}
