import { pinyin } from "pinyin-pro";

/**
 * The Chinese pages' title sort key (column roles.sort_key_zh), computed in the application because Postgres's
 * ICU pinyin collation is not available everywhere the app runs (PGlite, the embedded database of `npm run dev`,
 * has no ICU data and sorts by code point).
 *
 * Input: the role's Chinese and English titles. Output: `<romanised> <source>` where
 *   source     = the Chinese title without surrounding spaces, or, when it is empty, the English title likewise;
 *   romanised  = the source as toneless pinyin syllables (pinyin-pro), Latin words and digits kept as they are,
 *                all lower case, punctuation dropped, the pieces joined by "-".
 * Compared byte-wise (the database's C collation, as the keyset index does) this orders by pinyin syllable by
 * syllable ("-" sorts after the " " that ends the romanised part, so 安 before 安全, and both letters and "-"
 * after " ", so shu before shuang), then by the title itself (homophones, then characters by code point).
 * The key ends with " " + source, which lets the database trigger roles_derive_columns check it cheaply: a
 * write that changes a title without a matching key gets the fallback `~<sort_title>` (after every real key,
 * by English title) until the backfill (backfillZhSortKeys below) replaces it.
 */
/**
 * @param {string | null | undefined} titleZh
 * @param {string | null | undefined} titleEn
 * @returns {string}
 */
export function zhSortKey(titleZh, titleEn) {
  const source = sortKeySource(titleZh, titleEn);
  const pieces = pinyin(source, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .flatMap((/** @type {string} */ piece) => piece.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((/** @type {string} */ piece) => piece.length > 0);
  return `${pieces.join("-")} ${source}`;
}

/** The title a key is made from (also computed by the trigger, as `btrim`: spaces only). */
/**
 * @param {string | null | undefined} titleZh
 * @param {string | null | undefined} titleEn
 * @returns {string}
 */
export function sortKeySource(titleZh, titleEn) {
  /** @param {string | null | undefined} s */
  const trim = (s) => (s ?? "").replace(/^ +| +$/g, "");
  return trim(titleZh) || trim(titleEn);
}

/**
 * Computes the real key of every role that has the trigger's fallback key ("~…"): after a deploy (called by
 * scripts/db-migrate.mjs deploy), by the seeds, and by anyone after raw SQL writes. Idempotent; one pass in id
 * order, 1000 rows a statement, so a key the trigger refuses again cannot loop.
 *
 * @param {{ query: (sql: string, params?: unknown[]) => Promise<{ rows: any[] }> }} client a pg Client or Pool
 * @returns {Promise<number>} the number of roles updated
 */
export async function backfillZhSortKeys(client) {
  let last = "00000000-0000-0000-0000-000000000000";
  let updated = 0;
  for (;;) {
    const { rows } = await client.query(
      "SELECT id, title_zh, title_en FROM roles WHERE sort_key_zh LIKE '~%' AND id > $1 ORDER BY id LIMIT 1000",
      [last],
    );
    if (rows.length === 0) return updated;
    last = rows[rows.length - 1].id;
    const res = await client.query(
      `UPDATE roles AS r SET sort_key_zh = v.key
       FROM unnest($1::uuid[], $2::text[]) AS v(id, key) WHERE r.id = v.id AND r.sort_key_zh LIKE '~%'`,
      [rows.map((r) => r.id), rows.map((r) => zhSortKey(r.title_zh, r.title_en))],
    );
    updated += res.rowCount ?? 0;
  }
}
