import { type OpeningIssue, englishOpeningIssueMessage, openingIssueMessage } from "@/lib/openings/form/schema";
import { englishIssueMessage, type RoleIssue } from "@/lib/roles/admin/form";

/*
 * Why an import row is refused, as data: a code and its values, so the import report can say it in the page's
 * language (`admin.importReason.<code>`, or for a field's validation the form's own `admin.validation.<code>` /
 * `admin.openingValidation.<code>`), while the API's report keeps its English sentences (englishImportReason, the
 * `reasons` of each row). One list of codes for the roles' and the openings' import.
 */

/** Refusals that are not a field's validation; their messages are `admin.importReason.<code>`. */
export const IMPORT_REASON_CODES = [
  // both imports
  "slugInFile",
  "staleVersion",
  "clearUnknown",
  "clearRequired",
  "clearFilled",
  // roles
  "roleDeleted",
  "oldSlug",
  // openings
  "openingDeleted",
  "slugIdMismatch",
  "alreadyUpdated",
  "renameByExternalId",
  "noSuchRole",
  "externalIdTaken",
  "externalIdInFile",
  "openingSlugInFile",
  "duplicateInFileById",
  "duplicateInFileByContent",
  "duplicateStored",
  "notObject",
  "entryFormat",
  "cellType",
  "createdAtRange",
  "createdAtType",
  "noRoleGiven",
  "titleEmpty",
  "noRuleMatches",
  "ruleRefuses",
] as const;
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

/** Values a reason's message takes: names, slugs, versions, labels as the file gives them. */
export type ReasonValues = Record<string, string | number>;

export type ImportReason =
  | { code: "roleField"; issue: RoleIssue }
  | { code: "openingField"; issue: OpeningIssue }
  | { code: ImportReasonCode; values?: ReasonValues };

/** The English sentence of each code (the API's wording since imports began; the en catalogue says the same). */
const ENGLISH: Record<ImportReasonCode, (v: ReasonValues) => string> = {
  slugInFile: (v) => `slug: "${v.slug}" appears on an earlier row of this file`,
  staleVersion: (v) => `version: the file was exported at version ${v.fileVersion}, the ${v.entity === "opening" ? "opening" : "listing"} is now at ${v.storedVersion} (someone changed it since)`,
  clearUnknown: (v) => `clear: "${v.field}" is not a field of this import`,
  clearRequired: (v) => `clear: "${v.field}" cannot be emptied`,
  clearFilled: (v) => `clear: "${v.field}" is listed to be emptied but its cell has a value`,
  roleDeleted: () => "this listing is deleted: an admin must restore it before it can be updated",
  oldSlug: (v) => `slug: "${v.slug}" is an old slug of another listing (it redirects there)`,
  openingDeleted: () => "this opening is deleted: an admin must restore it before it can be updated",
  slugIdMismatch: (v) => `slug "${v.slug}" names the opening "${v.slugOpening}" but externalId "${v.externalId}" names another one ("${v.idOpening}")`,
  alreadyUpdated: (v) => `${v.earlier} of this file already updates the opening "${v.slug}"`,
  renameByExternalId: (v) => `slug: the row names the opening "${v.slug}" by its externalId; an import does not rename openings (leave slug empty or give "${v.slug}")`,
  noSuchRole: (v) => `roleSlug: there is no role "${v.slug}"${v.deleted === "yes" ? " (it is deleted)" : ""}`,
  externalIdTaken: (v) => `externalId: "${v.externalId}" is already used by the opening "${v.slug}"`,
  externalIdInFile: (v) => `externalId: "${v.externalId}" is already given to ${v.earlier} of this file`,
  openingSlugInFile: (v) => `slug: "${v.slug}" is already the slug of an opening an earlier row of this file creates`,
  duplicateInFileById: (v) => `duplicate of ${v.earlier} (same externalId "${v.externalId}")`,
  duplicateInFileByContent: (v) => `duplicate of ${v.earlier} (same title, employer, locations and date posted)`,
  duplicateStored: (v) => `duplicate of the stored opening "${v.slug}" (same title, employer, locations and date posted): give its slug or externalId to update it instead`,
  notObject: (v) => `the ${v.kind} is not a JSON object`,
  entryFormat: (v) => `${v.field}: every entry must be "City, CC" text${v.field === "locations" ? ' or { "city", "country" }' : ""}`,
  cellType: (v) => `${v.field}: must be ${v.kind === "number" ? "text or a number" : v.kind === "list" ? "text or a list" : "text"}`,
  createdAtRange: () => "createdAt must be a number of milliseconds since 1970 (it is out of range)",
  createdAtType: (v) => `createdAt must be a number of milliseconds (found ${v.found})`,
  noRoleGiven: () => "roleSlug: the row has no roleSlug and the import names no role",
  titleEmpty: () => "roleSlug: no role for this title: the title is empty",
  noRuleMatches: () => "roleSlug: no role for this title: no rule matches this title",
  ruleRefuses: (v) => `roleSlug: no role for this title: ${v.why}`,
};

/**
 * The English sentence of a reason, as the API's import report has always given it (`field: message` for a field's
 * validation). Input: an ImportReason. Output: one line. Pure.
 */
export function englishImportReason(reason: ImportReason): string {
  if (reason.code === "roleField") return `${reason.issue.field}: ${englishIssueMessage(reason.issue)}`;
  if (reason.code === "openingField") return `${reason.issue.field}: ${englishOpeningIssueMessage(reason.issue)}`;
  return ENGLISH[reason.code](reason.values ?? {});
}

/** A reason with its values, e.g. `reason("slugInFile", { slug })`. */
export const reason = (code: ImportReasonCode, values?: ReasonValues): ImportReason => ({ code, ...(values ? { values } : {}) });

/**
 * next-intl's `t` for the "admin" namespace, loosely typed: the keys are built from codes (checked by the unit
 * test that every code has a message in both languages).
 */
export type AdminTranslator = (key: string, values?: Record<string, string | number>) => string;

/**
 * A reason in the page's language. Input: the reason and the "admin" translator. Output: one line: the column as
 * the file spells it, then the message (`admin.importReason.<code>`, or the form's validation message for a field,
 * with the field's translated name). Column names, slugs and ids stay as the file gives them. Pure.
 */
export function translateImportReason(reason: ImportReason, t: AdminTranslator): string {
  if (reason.code === "roleField") {
    const i = reason.issue;
    const message = t(`validation.${i.code}`, { field: t(`fieldName.${i.field}`), max: i.max ?? 0, found: i.found ?? "", choices: i.choices ?? "" });
    return t("importReason.column", { column: i.field, message });
  }
  if (reason.code === "openingField") {
    const i = reason.issue;
    const message = openingIssueMessage(i, t, (field) => t(`openingFieldName.${field}`));
    return t("importReason.column", { column: i.field, message });
  }
  if (reason.code === "ruleRefuses") {
    // A refusing title rule's reason, translated per rule (`admin.importReason.rule.<rule id>`).
    return t("importReason.ruleRefuses", { why: t(`importReason.rule.${reason.values?.rule}`) });
  }
  return t(`importReason.${reason.code}`, reason.values ?? {});
}
