import "server-only";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { searchNormalize } from "./document";
import { searchTerms } from "./terms";

/*
 * Chinese word segmentation of a keyword, in the application (so the embedded PGlite and Postgres see the same
 * pieces). The index side needs no segmentation: search_text keeps the whole normalised text and search_tokens
 * every character and adjacent pair, so any word jieba finds in a keyword is matched there literally. What
 * segmentation changes is what a keyword *means*: Chinese is written without spaces, so `数据分析` asks for the
 * words 数据 and 分析, not the one string.
 */

/** At most this many pieces are matched after segmentation (later ones are ignored, like later words). */
export const MAX_SEARCH_PIECES = 16;

let jieba: Jieba | undefined;
/** jieba with the dictionary its package ships (loaded once, ~50 ms). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

// Runs of Han ideographs (CJK unified ideographs and their extensions, compatibility ideographs).
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * A Han run split into the smallest dictionary words that cover it exactly: jieba's precise cut (no HMM, so the
 * result depends only on the shipped dictionary), then each word of 3+ characters replaced by its own dictionary
 * sub-words when they cover it without a gap (数据分析 → 数据 + 分析, but 工程师 stays: 工程 + 师 has a
 * non-word). Consecutive single characters jieba could not place are kept together as one literal piece, so an
 * unknown name stays a phrase. Runs of 1–2 characters are kept whole.
 */
export function segmentHan(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length <= 2) return [run];
  const j = segmenter();
  const words: string[] = [];
  for (const word of j.cut(run, false)) {
    const len = Array.from(word).length;
    if (len >= 3) {
      const subs = new Set(j.cutForSearch(word, false).filter((w) => w !== word && Array.from(w).length >= 2));
      const cover = coverExactly(word, subs);
      words.push(...(cover ?? [word]));
    } else words.push(word);
  }
  const merged: { text: string; singles: boolean }[] = [];
  for (const w of words) {
    const single = Array.from(w).length === 1;
    const prev = merged.at(-1);
    if (single && prev?.singles) prev.text += w;
    else merged.push({ text: w, singles: single });
  }
  return merged.map((m) => m.text);
}

/** `word` as a left-to-right sequence of the given sub-words (longest first at each step), or null if none. */
function coverExactly(word: string, subs: ReadonlySet<string>): string[] | null {
  const out: string[] = [];
  let rest = word;
  while (rest) {
    const next = [...subs].filter((s) => rest.startsWith(s)).sort((a, b) => b.length - a.length)[0];
    if (!next) return null;
    out.push(next);
    rest = rest.slice(next.length);
  }
  return out.length > 1 ? out : null;
}

/** What a keyword asks for: its words as typed (for phrase ranking and highlights) and the pieces to match. */
export interface SearchPlan {
  /** The keyword's words (split at spaces, NFKC, deduplicated, at most MAX_SEARCH_TERMS). */
  words: string[];
  /** Every piece must occur literally in the row's text (AND): the words with Han runs segmented. */
  pieces: string[];
}

/**
 * The search plan of a keyword. A word is split where Han text meets other text and each Han run is
 * segmented (segmentHan); everything else (Latin words, digits, `%`, `_`, quotes, operators) stays one literal
 * piece. `AI产品经理` → ai, 产品, 经理; `100%远程` → 100%, 远程. Format characters (U+200E/U+200F marks,
 * zero-width characters) are dropped first. Never throws; an empty keyword gives no
 * words and no pieces.
 */
export function searchPlan(keyword: string): SearchPlan {
  // Invisible format characters (right-to-left and left-to-right marks, zero-width spaces and joiners, BOM) come
  // with pasted text and are never what is being looked for.
  const words = searchTerms(keyword.replace(/\p{Cf}/gu, ""));
  const pieces = new Set<string>();
  for (const word of words) {
    // Normalised first, so the pieces are cut from the text as the database compares it.
    const text = searchNormalize(word);
    let at = 0;
    for (const m of text.matchAll(HAN_RUN)) {
      const before = text.slice(at, m.index).trim();
      if (before) pieces.add(before);
      for (const p of segmentHan(m[0])) pieces.add(p);
      at = m.index + m[0].length;
    }
    const after = text.slice(at).trim();
    if (after) pieces.add(after);
  }
  return { words, pieces: [...pieces].slice(0, MAX_SEARCH_PIECES) };
}
