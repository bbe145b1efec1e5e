import { useTranslations } from "next-intl";
import type { SavedRole } from "@/lib/saved/store";
import { SaveToggle } from "./save-toggle";

/**
 * Bookmark toggle for one role, kept in this browser (SaveToggle, the client leaf). `role` is what gets stored;
 * `name` is the title as the page shows it, for the button's accessible name ("Save <name>" / "收藏 <name>", from
 * the `saved` messages, translated here on the server); `nameLang` is the BCP 47 tag of the language `name` is
 * written in, when it may differ from the page's.
 */
export function SaveButton({ role, name, nameLang }: { role: SavedRole; name: string; nameLang?: string }) {
  const t = useTranslations("saved");
  return (
    <SaveToggle role={role}>
      {t.rich("save", { name, hidden: (chunks) => <span className="sr-only" lang={nameLang}>{chunks}</span> })}
    </SaveToggle>
  );
}
