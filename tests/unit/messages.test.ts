import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { routing } from "@/lib/i18n/routing";

type Tree = { [key: string]: string | Tree };

/** Every message as [dotted key, ICU text]. */
function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v]] : flatten(v, `${prefix}${k}.`)));
}

/** The ICU arguments and rich-text tags a message uses, e.g. ["count:plural", "<link>"], sorted. */
function signature(elements: MessageFormatElement[], out = new Set<string>()): string[] {
  for (const el of elements) {
    if (el.type === TYPE.argument) out.add(`${el.value}:text`);
    if (el.type === TYPE.number) out.add(`${el.value}:number`);
    if (el.type === TYPE.date || el.type === TYPE.time) out.add(`${el.value}:date`);
    if (el.type === TYPE.plural) {
      out.add(`${el.value}:plural`);
      for (const o of Object.values(el.options)) signature(o.value, out);
    }
    if (el.type === TYPE.select) {
      out.add(`${el.value}:select:${Object.keys(el.options).sort().join("|")}`);
      for (const o of Object.values(el.options)) signature(o.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      signature(el.children, out);
    }
  }
  return [...out].sort();
}

const flat = Object.fromEntries(routing.locales.map((l) => [l, new Map(flatten(MESSAGES[l] as unknown as Tree))]));

describe("UI messages (lib/i18n/messages)", () => {
  it.each(routing.locales)("%s has every key the other language has", (locale) => {
    const mine = flat[locale]!;
    const missing = routing.locales
      .filter((l) => l !== locale)
      .flatMap((l) => [...flat[l]!.keys()].filter((k) => !mine.has(k)));
    expect(missing, `keys missing in ${locale}`).toEqual([]);
    expect(mine.size).toBeGreaterThan(100);
  });

  it("no message is empty and every message is valid ICU with the same arguments in both languages", () => {
    const problems: string[] = [];
    for (const [key, en] of flat.en!) {
      const zh = flat.zh!.get(key);
      if (!en.trim()) problems.push(`${key}: empty in en`);
      if (zh !== undefined && !zh.trim()) problems.push(`${key}: empty in zh`);
      if (zh === undefined) continue;
      try {
        const a = signature(parse(en));
        const b = signature(parse(zh));
        if (a.join() !== b.join()) problems.push(`${key}: en uses [${a}] but zh uses [${b}]`);
      } catch (e) {
        problems.push(`${key}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("a missing key is reported by next-intl rather than rendered blank", () => {
    const errors: string[] = [];
    const t = createTranslator({
      locale: "zh",
      messages: { common: { siteName: "AI 岗位图谱" } },
      onError: (e) => errors.push(e.code),
    });
    expect(t("common.siteName" as never)).toBe("AI 岗位图谱");
    expect(t("common.nope" as never)).toBe("common.nope");
    expect(errors).toEqual(["MISSING_MESSAGE"]);
  });

  it("formats numbers and plurals for each locale", () => {
    const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "common" });
    const zh = createTranslator({ locale: "zh", messages: MESSAGES.zh, namespace: "common" });
    expect(en("roleCount", { count: 1 })).toBe("1 role");
    expect(en("roleCount", { count: 12345 })).toBe("12,345 roles");
    expect(zh("roleCount", { count: 12345 })).toBe("12,345 个岗位");
  });
});
