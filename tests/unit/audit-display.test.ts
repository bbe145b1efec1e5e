import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { type AuditDisplayIntl, displayAuditActor, displayAuditValue } from "@/lib/audit/display";
import { formats, TIME_ZONE } from "@/lib/i18n/formats";
import { MESSAGES } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";

/** What the pages pass: a root translator and a formatter with the site's formats, both in UTC; gaps throw. */
function intl(locale: AppLocale): AuditDisplayIntl {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale] as (typeof MESSAGES)["en"],
    formats,
    timeZone: TIME_ZONE,
    onError: (e) => {
      throw e;
    },
  });
  return { t, format: createFormatter({ locale, formats, timeZone: TIME_ZONE }) };
}
const en = intl("en");
const zh = intl("zh");
const text = (field: string, value: unknown, i = en) => displayAuditValue(field, value, i).text;

describe("displayAuditValue (lib/audit/display.ts)", () => {
  it("shows empty values as a word, in the page's language", () => {
    for (const v of [null, undefined, ""]) {
      expect(displayAuditValue("summaryEn", v, en)).toEqual({ text: "(empty)", empty: true });
      expect(displayAuditValue("publishedAt", v, zh)).toEqual({ text: "（空）", empty: true });
    }
  });

  it("labels statuses, stored lower-case (roleSnapshot) or as the database enum", () => {
    expect(text("status", "draft")).toBe("Draft");
    expect(text("status", "review")).toBe("In review");
    expect(text("status", "PUBLISHED")).toBe("Published");
    expect(text("status", "published", zh)).toBe("已发布");
    expect(text("status", "archived", zh)).toBe("已归档");
  });

  it("labels an opening's workplace, employment, experience and salary period in either spelling; other opening fields as stored", () => {
    expect(text("workplaceType", "on-site")).toBe("On-site");
    expect(text("workplaceType", "REMOTE", zh)).toBe(MESSAGES.zh.jobs.workplace.remote);
    expect(text("employmentType", "FULL_TIME")).toBe("Full-time");
    expect(text("employmentType", "internship", zh)).toBe(MESSAGES.zh.jobs.employment.internship);
    expect(text("experienceLevel", "lead")).toBe("Lead / executive");
    expect(text("salaryPeriod", "MONTH")).toBe("month");
    expect(text("salaryPeriod", "fortnight")).toBe("fortnight");
    expect(displayAuditValue("locations", "北京, CN; 上海, CN", en)).toEqual({ text: "北京, CN; 上海, CN" });
    expect(displayAuditValue("datePosted", "2026-11-20", en)).toEqual({ text: "2026-11-20" });
  });

  it("labels tiers and horizons in the URL spelling and the database enum spelling", () => {
    expect(text("tier", "low-to-medium")).toBe("Low to medium");
    expect(text("tier", "MEDIUM_TO_HIGH")).toBe("Medium to high");
    expect(text("tier", "unspecified", zh)).toBe("未注明");
    expect(text("horizon", "5-year")).toBe("Within 5 years");
    expect(text("horizon", "FIVE_YEARS", zh)).toBe("未来5年");
    expect(text("horizon", "TEN_YEARS")).toBe("Within 10 years");
    expect(text("horizon", "unspecified")).toBe("Not specified");
  });

  it("labels staff roles, the active flag and the password markers", () => {
    expect(text("role", "editor")).toBe("Editor");
    expect(text("role", "ADMIN", zh)).toBe("管理员");
    expect(text("active", true)).toBe("Yes");
    expect(text("active", false, zh)).toBe("否");
    expect(text("active", "true", zh)).toBe("是");
    expect(text("password", "(set)")).toBe("(set)");
    expect(text("password", "(changed)", zh)).toBe("（已修改）");
  });

  it("formats timestamps in UTC with the named dateTime format and keeps the instant", () => {
    const iso = "2026-11-29T15:49:07.383Z";
    const v = displayAuditValue("publishedAt", iso, en);
    expect(v.dateTime).toBe(iso);
    expect(v.text).toBe(`${createFormatter({ locale: "en", formats, timeZone: TIME_ZONE }).dateTime(new Date(iso), "dateTime")} UTC`);
    expect(v.text).toMatch(/Nov 29, 2026.*15:49 UTC$/);
    expect(v.text).not.toContain("T15");
    const z = displayAuditValue("deletedAt", iso, zh);
    expect(z.text).toMatch(/2026.*11.*29.*15:49（UTC）$/);
    expect(displayAuditValue("deletedAt", new Date(iso), en).dateTime).toBe(iso);
  });

  it("keeps free text as stored, tagged with its language by the field's suffix", () => {
    expect(displayAuditValue("titleZh", "数据侦探", en)).toEqual({ text: "数据侦探", lang: "zh-CN" });
    expect(displayAuditValue("summaryEn", "Finds the draft.", zh)).toEqual({ text: "Finds the draft.", lang: "en" });
    expect(displayAuditValue("slug", "data-detective", zh)).toEqual({ text: "data-detective" });
    // A title that happens to look like a value or a timestamp is still free text.
    expect(displayAuditValue("titleEn", "draft", zh)).toEqual({ text: "draft", lang: "en" });
    expect(displayAuditValue("titleEn", "2026-11-29T15:49:07.383Z", en).text).toBe("2026-11-29T15:49:07.383Z");
    // Unrecognised values of a known field are shown as stored rather than hidden.
    expect(text("status", "someday")).toBe("someday");
    expect(text("tier", 3)).toBe("3");
  });
});

describe("displayAuditActor", () => {
  it("names the command line in the page's language and keeps staff emails", () => {
    expect(displayAuditActor("cli", en)).toBe("command line");
    expect(displayAuditActor("cli", zh)).toBe("命令行");
    expect(displayAuditActor("alice@example.com", zh)).toBe("alice@example.com");
  });
});
