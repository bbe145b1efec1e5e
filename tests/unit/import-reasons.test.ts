import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { parseOpeningForm } from "@/lib/openings/form/schema";
import { assignRole, checkRow, readOpeningsFile } from "@/lib/openings/import/formats";
import { ROLE_RULES } from "@/lib/openings/import/role-rules";
import { parseRoleForm } from "@/lib/roles/admin/form";
import { overlayImportRow } from "@/lib/transfer/blank-cells";
import {
  type AdminTranslator,
  englishImportReason,
  IMPORT_REASON_CODES,
  type ImportReason,
  type ImportReasonCode,
  reason,
  translateImportReason,
} from "@/lib/transfer/reasons";

// Issue 12, item 25: the Chinese import report showed English rejection reasons. Every reason is now a code with
// values; these tests hold the two catalogues to every code and the English page to the API's English.

const admin = (locale: "en" | "zh"): AdminTranslator => {
  const t = translator(locale);
  return (key, values) => t(`admin.${key}` as never, values as never);
};

/** Sample values for every code, including each branch of its message. */
const SAMPLES: Record<ImportReasonCode, Record<string, string | number>[]> = {
  slugInFile: [{ slug: "data-detective" }],
  staleVersion: [{ entity: "listing", fileVersion: 2, storedVersion: 3 }, { entity: "opening", fileVersion: 1, storedVersion: 4 }],
  clearUnknown: [{ field: "colour" }],
  clearRequired: [{ field: "slug" }],
  clearFilled: [{ field: "descriptionEn" }],
  roleDeleted: [{}],
  oldSlug: [{ slug: "old-name" }],
  openingDeleted: [{}],
  slugIdMismatch: [{ slug: "a", slugOpening: "a", externalId: "gh:1", idOpening: "b" }],
  alreadyUpdated: [{ earlier: 'row 2 "Analyst"', slug: "job-1" }],
  renameByExternalId: [{ slug: "job-1" }],
  noSuchRole: [{ slug: "ghost", deleted: "no" }, { slug: "gone", deleted: "yes" }],
  externalIdTaken: [{ externalId: "gh:1", slug: "job-1" }],
  externalIdInFile: [{ externalId: "gh:1", earlier: "row 2" }],
  openingSlugInFile: [{ slug: "job-1" }],
  duplicateInFileById: [{ earlier: "row 2", externalId: "gh:1" }],
  duplicateInFileByContent: [{ earlier: "row 2" }],
  duplicateStored: [{ slug: "job-1" }],
  notObject: [{ kind: "row" }, { kind: "job" }, { kind: "posting" }],
  entryFormat: [{ field: "locations" }, { field: "remoteCountries" }],
  cellType: [{ field: "salaryMin", kind: "number" }, { field: "locations", kind: "list" }, { field: "titleEn", kind: "text" }],
  createdAtRange: [{}],
  createdAtType: [{ found: '"2026-12-01"' }],
  noRoleGiven: [{}],
  titleEmpty: [{}],
  noRuleMatches: [{}],
  ruleRefuses: ROLE_RULES.filter((r) => !r.role).map((r) => ({ rule: r.id, why: r.why })),
};

describe("import rejection reasons in both languages", () => {
  it("every code reads on an English page exactly as the API's English, and in Chinese on a Chinese page", () => {
    for (const code of IMPORT_REASON_CODES) {
      for (const values of SAMPLES[code]) {
        const r = reason(code, values);
        expect(translateImportReason(r, admin("en")), code).toBe(englishImportReason(r));
        const zh = translateImportReason(r, admin("zh"));
        expect(zh, code).toMatch(/\p{Script=Han}/u);
        expect(zh, code).not.toBe(englishImportReason(r));
      }
    }
  });

  it("translates each refusing title rule, and its English is the rule's own reason", () => {
    const refusing = ROLE_RULES.filter((r) => !r.role);
    expect(refusing.length).toBeGreaterThan(0);
    for (const rule of refusing) {
      expect(translator("en")(`admin.importReason.rule.${rule.id}` as never)).toBe(rule.why);
      expect(translator("zh")(`admin.importReason.rule.${rule.id}` as never)).toMatch(/\p{Script=Han}/u);
    }
  });

  it("a field's validation is said with the field's name in the page's language, the column as the file spells it", () => {
    const role = parseRoleForm({ titleEn: "x".repeat(500), tier: "huge" });
    expect(role.ok).toBe(false);
    const roleReasons: ImportReason[] = role.ok ? [] : Object.values(role.issues).flat().map((issue) => ({ code: "roleField", issue }));
    expect(roleReasons.map(englishImportReason)).toContain("titleEn: English title must be at most 200 characters");
    const zh = roleReasons.map((r) => translateImportReason(r, admin("zh")));
    expect(zh.find((s) => s.startsWith("titleEn："))).toContain("英文标题");
    expect(zh.find((s) => s.startsWith("tier："))).toMatch(/技术含量/);

    const opening = parseOpeningForm({ titleEn: "Analyst" });
    const openingReasons: ImportReason[] = opening.ok ? [] : Object.values(opening.issues).flat().map((issue) => ({ code: "openingField", issue }));
    expect(openingReasons.length).toBeGreaterThan(0);
    for (const r of openingReasons) {
      expect(translateImportReason(r, admin("en"))).toBe(englishImportReason(r));
      expect(translateImportReason(r, admin("zh"))).toMatch(/\p{Script=Han}/u);
    }
  });

  it("the readers, the title rules and the clear column report codes, not only English", () => {
    const file = readOpeningsFile("[42]", "json");
    expect(file.rows[0]!.errors).toEqual([reason("notObject", { kind: "row" })]);
    const row = assignRole({ label: "row 1", values: { ...file.rows[0]!.values, titleEn: "Senior Software Engineer" }, notes: [], errors: [] }, { roleByTitle: true });
    const checked = checkRow(row);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.reasons[0]).toEqual(reason("ruleRefuses", { rule: "software-engineering", why: "software engineering: none of the 21 roles" }));
      expect(translateImportReason(checked.reasons[0]!, admin("zh"))).toBe("roleSlug：无法为这个标题归类岗位：软件工程：不属于 21 个岗位中的任何一个");
    }
    const overlay = overlayImportRow({ a: "1", b: "2" }, { clear: "a c", a: "x" }, ["a", "b"], ["a", "b"]);
    expect(overlay.reasons).toEqual([reason("clearFilled", { field: "a" }), reason("clearUnknown", { field: "c" })]);
    expect(overlay.problems).toEqual(overlay.reasons.map(englishImportReason));
  });
});
