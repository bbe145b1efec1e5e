/*
 * The rule every importer follows for rows that update a stored record: a blank cell (or a column the file does
 * not have) keeps the stored value. A file empties a field only by naming it in its `clear` column (CSV: field
 * names separated by spaces, commas or semicolons; JSON: the same as a string or an array of names). So a
 * spreadsheet with cells left empty can never erase live text by accident, and erasing is always visible in the
 * file itself. Shared by the roles' and the openings' importers.
 */

import { englishImportReason, type ImportReason, reason } from "./reasons";

/** The column (CSV) or key (JSON) that lists the fields a row deliberately empties. */
export const CLEAR_COLUMN = "clear";

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The field names of a row's `clear` cell: a string of names separated by spaces, commas or semicolons, or an array. */
export function clearedFieldNames(record: Record<string, unknown>): string[] {
  const raw = record[CLEAR_COLUMN];
  const parts = Array.isArray(raw) ? raw.map((v) => String(v)) : typeof raw === "string" ? raw.split(/[\s,;]+/) : [];
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

/** What an update row means once its blank cells and its `clear` list are applied to the stored values. */
export interface OverlaidRow<F extends string> {
  /** The values to validate and store: the row's non-blank cells over the stored values, cleared fields "". */
  values: Record<F, string>;
  /** Fields the row empties on purpose (named in `clear`). */
  cleared: F[];
  /** Problems with the `clear` cell, as English sentences for the import report (the row must be refused). */
  problems: string[];
  /** The same problems as codes, for the report in the page's language (lib/transfer/reasons.ts). */
  reasons: ImportReason[];
}

/**
 * Applies an import row to a stored record's values, field by field. Input: `stored` (every field's current value
 * in the import's spelling), the raw `record` (cells as read from CSV or JSON), the importable `fields` and those
 * that may be emptied at all (`clearable`: a required field such as a slug cannot be). Output: OverlaidRow; a
 * `clear` naming an unknown or required field, or a field whose cell is also filled, is reported in `problems`.
 * Pure.
 */
export function overlayImportRow<F extends string>(
  stored: Record<F, string>,
  record: Record<string, unknown>,
  fields: readonly F[],
  clearable: readonly F[],
): OverlaidRow<F> {
  const values = { ...stored };
  const reasons: ImportReason[] = [];
  const cleared: F[] = [];
  const clear = clearedFieldNames(record);
  for (const name of clear) {
    const field = name.slice(0, 60);
    if (!(fields as readonly string[]).includes(name)) reasons.push(reason("clearUnknown", { field }));
    else if (!(clearable as readonly string[]).includes(name)) reasons.push(reason("clearRequired", { field }));
    else if (!isBlank(record[name])) reasons.push(reason("clearFilled", { field }));
    else cleared.push(name as F);
  }
  const problems = reasons.map(englishImportReason);
  for (const f of fields) {
    if (cleared.includes(f)) values[f] = "";
    else if (!isBlank(record[f])) values[f] = typeof record[f] === "string" ? record[f] : String(record[f]);
  }
  return { values, cleared, problems, reasons };
}
