import { createHash } from "node:crypto";
import { SLUG_MAX } from "@/lib/roles/admin/form";

/** Longest generated base, leaving room for a "-<n>" suffix within SLUG_MAX. */
const BASE_MAX = 100;

/** Lowercase ASCII words of `s` joined by hyphens (accents folded: "Café" → "cafe"), or "" when there are none. */
export function asciiSlug(s: string): string {
  const words = s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= BASE_MAX) return words;
  const cut = words.slice(0, BASE_MAX);
  return cut.slice(0, cut.lastIndexOf("-") > 40 ? cut.lastIndexOf("-") : BASE_MAX).replace(/-+$/, "");
}

/** Eight hex digits derived from the title: the same title always gives the same digits. */
function stableHash(s: string): string {
  return createHash("sha256").update(s.normalize("NFC").trim()).digest("hex").slice(0, 8);
}

/**
 * The slug a new listing's titles suggest, before making it unique. From the English title when it has Latin
 * letters or digits ("Data Detective" → "data-detective"); otherwise from the Chinese title, whose Latin part (if
 * any) is kept and which always gets a stable hash of the title ("AI训练师" → "ai-<hash>", "数据侦探" →
 * "role-<hash>"); an emoji-only title also gets "<word>-<hash>". `word` names the kind of listing when the title
 * gives no Latin word: "role" (roles, the default) or "job" (openings). Never empty; always matches SLUG_PATTERN.
 */
export function baseSlug(titleEn: string, titleZh: string, word = "role"): string {
  const en = asciiSlug(titleEn);
  if (en) return en;
  const title = titleZh || titleEn;
  const latin = asciiSlug(titleZh).slice(0, BASE_MAX - 9).replace(/-+$/, "");
  return `${latin || word}-${stableHash(title)}`;
}

/** `base` itself when it is not in `taken`, else `base-2`, `base-3`, … (always at most SLUG_MAX characters). */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, SLUG_MAX - String(n).length - 1).replace(/-+$/, "")}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
