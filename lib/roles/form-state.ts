import type { FieldErrors, RoleFormValues } from "./form";

/** A field someone else changed, as shown in the conflict message. */
export interface ConflictField {
  field: string;
  before: string;
  after: string;
  by: string[];
  at: string;
}

/**
 * What the listing form's server action returns (for useActionState). On any failure `values` holds exactly what
 * the user typed, so nothing is lost. On a conflict, `version` is the stored version: saving again from the kept
 * input deliberately overwrites it (after the user merged).
 */
export interface RoleFormState {
  status: "idle" | "error" | "conflict";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: RoleFormValues;
  version?: number;
  conflict?: ConflictField[];
}

/** What a workflow button's action returns. */
export interface TransitionState {
  error?: string;
}

/**
 * Fields the audit log, the conflict table and the import report name: a role listing's audited fields
 * (admin-service's roleSnapshot), an opening's (lib/openings/admin-service.ts openingSnapshot) and a staff
 * account's. Their names are the messages `admin.auditField.<field>`.
 */
export const AUDITED_FIELDS = [
  "slug",
  "titleEn",
  "titleZh",
  "summaryEn",
  "summaryZh",
  "descriptionEn",
  "descriptionZh",
  "tier",
  "horizon",
  "sourceName",
  "status",
  "publishedAt",
  "deletedAt",
  "roleSlug",
  "employerName",
  "employerUrl",
  "workplaceType",
  "locations",
  "remoteCountries",
  "employmentType",
  "experienceLevel",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "salaryMonths",
  "salaryText",
  "applyUrl",
  "datePosted",
  "validThrough",
  "timeZone",
  "externalId",
  "email",
  "role",
  "active",
  "password",
] as const;
export type AuditedField = (typeof AUDITED_FIELDS)[number];

/** Whether `field` (a key of an audit entry's changes) has a translated name in `admin.auditField`. */
export function isAuditedField(field: string): field is AuditedField {
  return (AUDITED_FIELDS as readonly string[]).includes(field);
}
