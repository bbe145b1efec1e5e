import type { FieldErrors, RoleFormValues } from "@/lib/roles/admin/form";

/** A field someone else changed, as the conflict view shows it (values as text, in the audited spelling). */
export interface ConflictField {
  field: string;
  /** Its value in the version the form started from. */
  before: string;
  /** Its value now stored (theirs). */
  after: string;
  /** For a form field: the value the refused input gave it. */
  mine?: string;
  /** What saving over would have done with the refused input (the form recomputes it while the user edits). */
  outcome: "theirs" | "same" | "overwrite";
  by: string[];
  at: string;
}

/**
 * What the listing form's server action returns (for useActionState). On any failure `values` holds the user's
 * input, so nothing is lost. On a conflict, `values` is that input with their changes to fields the user did not
 * change filled in (what saving over will store), `version` is the stored version the conflict showed and
 * `baseVersion` the version the input started from: sending both back saves over their version with a field-by-field
 * merge (lib/roles/admin/service.ts updateRole).
 */
export interface RoleFormState {
  status: "idle" | "error" | "conflict";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: RoleFormValues;
  version?: number;
  baseVersion?: number;
  conflict?: ConflictField[];
}

/** What a workflow button's action returns. */
export interface TransitionState {
  error?: string;
}

/**
 * Fields the audit log, the conflict table and the import report name: a role listing's audited fields
 * (admin-service's roleSnapshot), an opening's (lib/openings/admin/service.ts openingSnapshot) and a staff
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
