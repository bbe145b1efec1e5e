/** At most this many words of a keyword are matched (later ones are ignored). */
export const MAX_SEARCH_TERMS = 8;

/**
 * Splits a keyword into the words that must each match (AND). NFKC first, so full-width and ideographic
 * spaces separate words too; duplicates dropped; at most MAX_SEARCH_TERMS words (later ones are ignored).
 * The database normalises each word again (atlas_search_normalize) before matching, so case, accents and
 * full-width forms need no handling here.
 */
export function searchTerms(keyword: string): string[] {
  const words = keyword.normalize("NFKC").split(/\s+/u).filter(Boolean);
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}
