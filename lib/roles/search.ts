/**
 * Turns a keyword into a pattern for SQL `ILIKE ... ESCAPE '\'` that matches it literally: `%`, `_` and the
 * escape character itself lose their wildcard meaning. Input: the normalised `q` of a RoleQuery. Output: the
 * pattern with `%` on both sides (substring match).
 */
export function containsPattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
