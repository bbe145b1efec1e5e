/*
 * Three-way merge of an entity's fields, for "save over their version": the user edited a copy opened at one
 * version (base) while someone else saved newer versions (theirs, stored now); the user's form is mine.
 * Field by field, a change only one side made is kept, and where both changed a field differently the user's
 * value wins only if the user was shown their value and it is still the stored one. Pure and entity-agnostic
 * (values are compared with `equals`, JSON by default), so roles and openings can share it; no server-only
 * imports, so the admin form can show the same outcomes while the user edits.
 */

/**
 * What the merge does with one field:
 * - "unchanged": nobody changed it (base, theirs and mine agree);
 * - "theirs": only they changed it (or the user left the value they were shown): their value is kept;
 * - "mine": only the user changed it: the user's value is saved;
 * - "same": both changed it to the same value;
 * - "overwrite": both changed it differently and the user was shown their current value: the user's replaces it;
 * - "conflict": both changed it differently and the user has not seen their current value: the save is refused.
 */
export type MergeOutcome = "unchanged" | "theirs" | "mine" | "same" | "overwrite" | "conflict";

/** One field's three values and what the merge does with it. */
export interface FieldMerge<F extends string, V> {
  field: F;
  base: V;
  theirs: V;
  mine: V;
  outcome: MergeOutcome;
}

/** The merged values, every field's outcome (in `fields` order), and the fields in conflict (none = mergeable). */
export interface MergeResult<F extends string, V> {
  merged: Record<F, V>;
  fields: FieldMerge<F, V>[];
  conflicts: F[];
}

const jsonEquals = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The outcome for one field. Input: its value at the base version, stored now (theirs), in the user's form (mine),
 * and optionally the value the user was last shown as theirs (`shown`, from a conflict view; `undefined` = never
 * shown), plus the equality used. A user value equal to the shown one means the user took theirs (the form was
 * prefilled with it), so their current value is kept even if it moved on since. Output: a MergeOutcome. Pure.
 */
export function mergeOutcome<V>(
  base: V,
  theirs: V,
  mine: V,
  shown?: { value: V },
  equals: (a: V, b: V) => boolean = jsonEquals,
): MergeOutcome {
  const theirsChanged = !equals(theirs, base);
  if (equals(mine, base)) return theirsChanged ? "theirs" : "unchanged";
  if (shown && equals(mine, shown.value)) return "theirs";
  if (equals(mine, theirs)) return "same";
  if (!theirsChanged) return "mine";
  return shown && equals(theirs, shown.value) ? "overwrite" : "conflict";
}

/**
 * Merges `fields` of three versions of one entity. Input: `base` (the values the user started from), `theirs`
 * (stored now), `mine` (the user's), optionally `shown` (their values the user was shown in a conflict view, per
 * field; a field missing from it counts as never shown) and `equals` (default: JSON equality, null = undefined).
 * Output: the merged values (theirs for "theirs"/"same"/"unchanged", mine for "mine"/"overwrite", theirs for
 * "conflict" so nothing is lost), every field's FieldMerge, and the conflicting fields; the caller refuses the
 * save when `conflicts` is not empty. Pure; never throws.
 */
export function mergeFields<F extends string, V>(args: {
  fields: readonly F[];
  base: Record<F, V>;
  theirs: Record<F, V>;
  mine: Record<F, V>;
  shown?: Partial<Record<F, V>>;
  equals?: (a: V, b: V) => boolean;
}): MergeResult<F, V> {
  const { fields, base, theirs, mine, shown, equals = jsonEquals } = args;
  const merged = { ...theirs };
  const out: FieldMerge<F, V>[] = [];
  const conflicts: F[] = [];
  for (const field of fields) {
    const wasShown = shown && Object.hasOwn(shown, field) ? { value: shown[field] as V } : undefined;
    const outcome = mergeOutcome(base[field], theirs[field], mine[field], wasShown, equals);
    if (outcome === "mine" || outcome === "overwrite") merged[field] = mine[field];
    if (outcome === "conflict") conflicts.push(field);
    out.push({ field, base: base[field], theirs: theirs[field], mine: mine[field], outcome });
  }
  return { merged, fields: out, conflicts };
}
