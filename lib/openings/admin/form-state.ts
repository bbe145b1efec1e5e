import type { ConflictField } from "@/lib/roles/admin/form-state";
import type { OpeningFieldErrors, OpeningFormValues } from "@/lib/openings/form/schema";

export type { ConflictField, TransitionState } from "@/lib/roles/admin/form-state";

/**
 * What the opening form's server action returns (for useActionState), shaped like the roles' RoleFormState. On
 * any failure `values` holds exactly what the user typed, so nothing is lost. On a conflict, `version` is the
 * stored version: saving again from the kept input deliberately overwrites it (after the user merged).
 */
export interface OpeningFormState {
  status: "idle" | "error" | "conflict";
  message?: string;
  fieldErrors?: OpeningFieldErrors;
  values?: OpeningFormValues;
  version?: number;
  conflict?: ConflictField[];
}
