import { searchNormalize } from "./document";

/** A stretch of displayed text, and whether it matched a keyword piece. */
export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into the stretches that match one of `pieces` (searchPlan's pieces) and the rest, comparing as
 * the search does (case, accents and full-width forms folded; lib/search/document.ts searchNormalize) but
 * returning the text as written. Overlapping or adjacent matches merge. Pure; the parts are plain strings for
 * React to escape, never HTML. Empty pieces are ignored; no pieces give the whole text unmarked.
 */
export function highlightParts(text: string, pieces: readonly string[]): TextPart[] {
  const needles = [...new Set(pieces.map(searchNormalize).filter(Boolean))];
  if (needles.length === 0 || !text) return text ? [{ text, match: false }] : [];
  // Fold code point by code point, remembering which original code point each folded UTF-16 unit came from.
  const chars = Array.from(text);
  let folded = "";
  const source: number[] = [];
  chars.forEach((ch, i) => {
    const f = /\s/u.test(ch) ? " " : searchNormalize(ch) || "";
    folded += f;
    for (let k = 0; k < f.length; k++) source.push(i);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      for (let k = at; k < at + needle.length; k++) marked[source[k] as number] = true;
    }
  }
  const parts: TextPart[] = [];
  chars.forEach((ch, i) => {
    const match = marked[i] as boolean;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += ch;
    else parts.push({ text: ch, match });
  });
  return parts;
}
