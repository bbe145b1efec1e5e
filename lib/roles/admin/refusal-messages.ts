/**
 * The refusals the admin services (roles and openings), the shared workflow and requireStaff raise with a fixed English message (kept English: the API and the
 * CLI show them as they are), mapped to the `admin` message key the admin pages show instead.
 * `tests/unit/refusal-messages.test.ts` fails when a fixed refusal in those files has no entry here, so a reworded
 * or new refusal cannot silently lose its translation. An unlisted one is shown in English rather than lost.
 */
export const SERVICE_MESSAGES = {
  "Only an admin may do this.": "errors.onlyAdmin",
  "Only an admin may edit a published or archived listing.": "errors.adminOnlyEdit",
  "This form was already submitted. Reload the page to start a new listing.": "errors.duplicateSubmission",
  "No such listing": "errors.notFound",
  "This listing was deleted; an admin can restore it first": "errors.deletedRestoreFirst",
  "This listing is deleted: restore it first": "errors.transition.deleted",
  "Only a draft can be submitted for review": "errors.transition.submit",
  "This listing is already published": "errors.transition.publish",
  "Only a published listing can be unpublished": "errors.transition.unpublish",
  "This listing is already archived": "errors.transition.archive",
  "Only a deleted or archived listing can be restored": "errors.transition.restore",
  "This listing's history is incomplete, so your edit cannot be merged with the newer version: reload the page and make your edit again": "errors.historyIncomplete",
  "This form was already submitted. Reload the page to start a new opening.": "openings.errors.duplicateSubmission",
  "No such opening": "openings.errors.notFound",
  "This opening's history is incomplete, so your edit cannot be merged with the newer version: reload the page and make your edit again": "openings.errors.historyIncomplete",
  "This opening was deleted; an admin can restore it first": "openings.errors.deletedRestoreFirst",
  "Only an admin may edit a published or archived opening.": "openings.errors.adminOnlyEdit",
  "This opening has been public, so its slug can no longer change (links to it would break)": "openings.errors.slugLocked",
} as const;
