/**
 * The derived search and sort columns of a role, computed in TypeScript. The database trigger
 * roles_derive_columns computes the same values for every ordinary write; this copy exists only so bulk loads
 * (prisma/scale-roles.ts) can supply them and skip the per-row SQL work (about 0.5 ms a row). An integration
 * test checks that both give identical results (tests/integration/search.test.ts).
 */

/** The runs a normalised text is cut into, as atlas_search_runs in the migration: ASCII letters/digits, or other non-separator characters. */
export const SEARCH_RUN = /[a-z0-9]+|[^\x01-\x7f\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\ufe30-\ufe4f]+/gu;

// The combining-mark blocks atlas_search_normalize drops.
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;

/** Mirrors atlas_search_normalize: compatibility forms folded, accents removed, lower case, spaces collapsed. */
export function searchNormalize(input: string): string {
  return input
    .normalize("NFKD")
    .replace(COMBINING, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/** Mirrors atlas_search_tokens: every character and adjacent pair of every run (code points, not UTF-16). */
export function searchTokens(normalized: string): string[] {
  const tokens = new Set<string>();
  for (const [run] of normalized.matchAll(SEARCH_RUN)) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      tokens.add(chars[i] as string);
      if (i + 1 < chars.length) tokens.add(`${chars[i]}${chars[i + 1]}`);
    }
  }
  return [...tokens];
}

export interface RoleText {
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string;
  summaryZh: string;
  descriptionEn: string;
  descriptionZh: string;
}

/** Mirrors the trigger roles_derive_columns (listed_at aside). */
export function deriveSearchColumns(role: RoleText) {
  const join = (...parts: (string | null)[]) => parts.filter((p) => p !== null).join(" ");
  const searchText = searchNormalize(
    join(role.titleEn, role.titleZh, role.summaryEn, role.summaryZh, role.descriptionEn, role.descriptionZh),
  );
  return {
    sortTitle: (role.titleEn?.trim() || role.titleZh || "").toLowerCase(),
    searchTitle: searchNormalize(join(role.titleEn, role.titleZh)),
    searchSummary: searchNormalize(join(role.summaryEn, role.summaryZh)),
    searchText,
    searchTokens: searchTokens(searchText),
  };
}
