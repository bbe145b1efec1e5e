import type { ConflictField } from "@/lib/roles/admin/form-state";
import type { OpeningFieldErrors, OpeningFormValues } from "@/lib/openings/form/schema";

export type { ConflictField, TransitionState } from "@/lib/roles/admin/form-state";

/**
 * What the opening form's server action returns (for useActionState), shaped like the roles' RoleFormState. On
 * any failure `values` holds exactly what the user typed, so nothing is lost. On a conflict, `version` is the
 * stored version and `baseVersion` the one the input started from: saving again sends both, and the service
 * merges field by field (the other person's changes to fields the user left alone are kept).
 */
export interface OpeningFormState {
  status: "idle" | "error" | "conflict";
  message?: string;
  fieldErrors?: OpeningFieldErrors;
  values?: OpeningFormValues;
  version?: number;
  baseVersion?: number;
  conflict?: ConflictField[];
}
