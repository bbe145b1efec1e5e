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
