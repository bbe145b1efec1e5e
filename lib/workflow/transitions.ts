import type { RoleStatus } from "@/lib/generated/prisma/enums";

/*
 * The publication workflow every listing kind shares (roles and openings have the same status column, version and
 * soft delete): draft → review (submit) → published (publish) → draft (unpublish) or archived (archive); restore
 * undoes a delete or brings an archived listing back to draft. Pure: the services apply the column changes inside
 * their own transactions.
 */

/** Workflow steps a listing can take; INTENT_MIN_ROLE says who may take each, transitionFor from which state. */
export const WORKFLOW_INTENTS = ["submit", "publish", "unpublish", "archive", "restore", "delete"] as const;
export type WorkflowIntent = (typeof WORKFLOW_INTENTS)[number];

/** The lowest staff role that may take each workflow step: editors draft and submit, admins do the rest. */
export const INTENT_MIN_ROLE: Record<WorkflowIntent, "editor" | "admin"> = {
  submit: "editor",
  publish: "admin",
  unpublish: "admin",
  archive: "admin",
  restore: "admin",
  delete: "admin",
};

/** The workflow columns of a listing (a role or an opening). */
export interface WorkflowState {
  status: RoleStatus;
  deletedAt: Date | null;
  publishedAt: Date | null;
}

/**
 * The column changes `intent` makes to a listing, or a message saying why it cannot apply to the listing's state.
 * submit: draft → review. publish: draft/review/archived → published (first publication time kept).
 * unpublish: published → draft. archive: draft/review/published → archived. delete: soft (deletedAt set; the
 * listing keeps its state for a later restore). restore: undoes a delete, or archived → draft.
 */
export function transitionFor(
  listing: WorkflowState,
  intent: WorkflowIntent,
  now: Date,
): { data: { status?: RoleStatus; publishedAt?: Date; deletedAt?: Date | null } } | { refused: string } {
  const s = listing.status;
  const deleted = listing.deletedAt !== null;
  if (deleted && intent !== "restore") return { refused: "This listing is deleted: restore it first" };
  switch (intent) {
    case "submit":
      return s === "DRAFT" ? { data: { status: "REVIEW" } } : { refused: "Only a draft can be submitted for review" };
    case "publish":
      return s === "PUBLISHED"
        ? { refused: "This listing is already published" }
        : { data: { status: "PUBLISHED", publishedAt: listing.publishedAt ?? now } };
    case "unpublish":
      return s === "PUBLISHED" ? { data: { status: "DRAFT" } } : { refused: "Only a published listing can be unpublished" };
    case "archive":
      return s === "ARCHIVED" ? { refused: "This listing is already archived" } : { data: { status: "ARCHIVED" } };
    case "delete":
      return { data: { deletedAt: now } };
    case "restore":
      if (deleted) return { data: { deletedAt: null } };
      return s === "ARCHIVED" ? { data: { status: "DRAFT" } } : { refused: "Only a deleted or archived listing can be restored" };
  }
}

/** The steps `role` may take on `listing` now (what the admin page offers as buttons; the services check again). */
export function availableIntents(listing: WorkflowState, role: "editor" | "admin", now: Date = new Date()): WorkflowIntent[] {
  return WORKFLOW_INTENTS.filter((i) => (role === "admin" || INTENT_MIN_ROLE[i] === "editor") && !("refused" in transitionFor(listing, i, now)));
}
