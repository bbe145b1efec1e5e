/*
 * HTML job descriptions (Greenhouse `content`, Lever `description`/`lists`) as the Markdown-ish plain text our
 * descriptions are. No HTML library is installed (react-markdown and rehype-sanitize work on Markdown and hast,
 * and nothing here parses HTML into hast), so this is a small converter of our own:
 *
 * - It never produces HTML. Tags are dropped; their text is kept, with Markdown's special characters escaped, so
 *   text such as "<script>" or "*" shows literally. Paragraphs, line breaks, headings ("## "), list items ("- ",
 *   "1. "), and links ("[text](<https://…>)", http(s) and mailto only) keep the structure.
 * - The contents of script, style, template, noscript, iframe, object, svg, math, head, title, select and
 *   textarea are dropped, as are comments, CDATA and processing instructions.
 * - Entities are decoded: numeric ones (with the HTML rule that &#128;–&#159; mean Windows-1252 characters) and the
 *   named ones of HTML 4 that descriptions use; an unknown name stays as written.
 *
 * The result is rendered like every description: by react-markdown with rehype-sanitize, raw HTML disabled. So
 * even a tag this converter missed would show as text, never run.
 */

// HTML 4's Latin-1 entities, U+00A0–U+00FF in order.
const LATIN1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml".split(
    " ",
  );
const NAMED: Record<string, number> = {
  quot: 34, amp: 38, apos: 39, lt: 60, gt: 62, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402,
  circ: 710, tilde: 732, ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211,
  mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225,
  bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249, rsaquo: 8250, oline: 8254, frasl: 8260,
  euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, rArr: 8658, hArr: 8660, minus: 8722,
  lowast: 8727, radic: 8730, infin: 8734, asymp: 8776, ne: 8800, equiv: 8801, le: 8804, ge: 8805, sdot: 8901, loz: 9674,
  spades: 9824, clubs: 9827, hearts: 9829, diams: 9830,
};
LATIN1.forEach((name, i) => (NAMED[name] = 0xa0 + i));

// What HTML parsers make of &#128;–&#159; (the WHATWG "numeric character reference end state" table).
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/**
 * Decodes HTML character references once: "&amp;lt;p&amp;gt;" → "&lt;p&gt;", "&lt;p&gt;" → "<p>", "&#x1F680;" → "🚀".
 * Input: text with entities. Output: the text with every known reference replaced (NUL, surrogates and
 * out-of-range numbers become U+FFFD, as HTML parsers do; unknown names stay as written). Pure.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const cp = NAMED[name];
      return cp === undefined ? whole : String.fromCodePoint(cp);
    }
    let cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    cp = WINDOWS_1252[cp] ?? cp;
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return "\uFFFD";
    return String.fromCodePoint(cp);
  });
}

const DROP = new Set(["script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head", "title", "select", "textarea"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "blockquote", "figure", "figcaption",
  "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "pre", "hr", "form", "fieldset", "details", "summary", "center",
]);

/** Markdown's special characters in running text, escaped so they show literally (and "&lt;" stays "&lt;", not "<"). */
function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>~|]|&(?=#?[A-Za-z0-9]+;)/g, (c) => `\\${c}`);
}
/** Text at the start of a line that Markdown would read as a heading, list, quote or rule, made plain. */
function escapeLineStart(s: string): string {
  return s.replace(/^([#+=-])(?=\s|$)/, "\\$1").replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/** The attribute `name` of a start tag's attribute text, decoded; undefined when absent. */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, "i").exec(attrs);
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? "").trim();
}

type Token = { kind: "text"; text: string } | { kind: "tag"; name: string; closing: boolean; selfClosing: boolean; attrs: string };

/**
 * The tokens of an HTML fragment, in one linear pass. A "<" that does not start a tag (no letter or "/" + letter
 * after it, or no ">" before the next "<") is text. Comments, doctypes, CDATA and processing instructions are
 * skipped (an unterminated comment runs to the end, as in HTML). A ">" inside a quoted attribute value is honoured.
 */
function* tokens(html: string): Generator<Token> {
  let i = 0;
  let text = "";
  const n = html.length;
  // The next ">" at or after `from`; `from` only grows, so the whole scan stays linear.
  let gt = -2;
  const nextGt = (from: number) => {
    if (gt !== -1 && gt < from) gt = html.indexOf(">", from);
    return gt;
  };
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const nextLt = html.indexOf("<", lt + 1);
    const windowEnd = nextLt < 0 ? n : nextLt;
    if (html[lt + 1] === "!" || html[lt + 1] === "?") {
      const end = nextGt(lt);
      if (end >= 0 && end < windowEnd) {
        i = end + 1;
        continue;
      }
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt, Math.min(windowEnd, lt + 64)));
    let close = -1;
    if (m) {
      let quote: string | null = null;
      for (let j = lt + m[0].length; j < windowEnd; j++) {
        const c = html[j];
        if (quote) {
          if (c === quote) quote = null;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") {
          close = j;
          break;
        }
      }
      // Unbalanced quotes: the first ">" before the next "<" ends the tag.
      if (close < 0) {
        const end = nextGt(lt);
        if (end >= 0 && end < windowEnd) close = end;
      }
    }
    if (!m || close < 0) {
      text += "<";
      i = lt + 1;
      continue;
    }
    if (text) yield { kind: "text", text };
    text = "";
    const attrs = html.slice(lt + m[0].length, close);
    yield { kind: "tag", name: m[2]!.toLowerCase(), closing: m[1] === "/", selfClosing: /\/\s*$/.test(attrs), attrs };
    i = close + 1;
  }
  if (text) yield { kind: "text", text };
}

/**
 * HTML → Markdown-ish plain text (see the header comment for what is kept and how it stays safe). Input: an HTML
 * fragment (already unescaped once, for Greenhouse's entity-escaped `content`). Output: text with "\n" line ends,
 * paragraphs separated by one blank line, trimmed; "" for markup without text. Pure; linear in the input.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = "";
  let pendingBreak = 0; // 0 none, 1 line break, 2 paragraph break
  const lists: { ordered: boolean; n: number }[] = [];
  let dropping: string | null = null;
  let dropDepth = 0;
  let pre = 0;
  let link: { href: string | null; text: string } | null = null;

  const indent = () => lists.slice(0, -1).map((l) => (l.ordered ? "   " : "  ")).join("");
  const breakLine = (kind: 1 | 2) => {
    pendingBreak = Math.max(pendingBreak, kind);
  };
  // Structure we write ("## ", "- ", "1. ") goes through emit; text through emitText, which escapes a line start
  // that Markdown would otherwise read as structure ("- not a list", "1. not a list", "# not a heading").
  let atLineStart = true;
  const emit = (s: string) => {
    if (link) {
      link.text += s;
      return;
    }
    // A list marker or heading mark still waiting for its text keeps it on the same line (<li><p>text</p></li>).
    if (pendingBreak && /^\s*(?:-|\d+\.|#+)\s*$/.test(line)) pendingBreak = 0;
    if (pendingBreak) {
      if (line.trim()) lines.push(line.replace(/\s+$/, ""));
      if (pendingBreak === 2 && lines.length && lines[lines.length - 1] !== "") lines.push("");
      line = "";
      pendingBreak = 0;
      atLineStart = true;
    }
    line += s;
  };
  const emitText = (s: string) => {
    const wasPending = pendingBreak > 0;
    if (!link && (atLineStart || wasPending)) {
      emit(escapeLineStart(s));
    } else emit(s);
    if (!link) atLineStart = false;
  };
  const textOf = (raw: string) => {
    const decoded = decodeEntities(raw);
    if (pre) return escapeInline(decoded);
    return escapeInline(decoded.replace(/[ \t\n\r\f]+/g, " "));
  };

  for (const tok of tokens(html)) {
    if (tok.kind === "text") {
      if (dropping) continue;
      let t = textOf(tok.text);
      if (pre) {
        for (const [i, part] of t.split("\n").entries()) {
          if (i > 0) breakLine(1);
          if (part) emitText(part);
        }
        continue;
      }
      if (!link && (line === "" || /\s$/.test(line) || pendingBreak)) t = t.replace(/^ /, "");
      if (t) emitText(t);
      continue;
    }
    const { name: tag, closing } = tok;
    if (dropping) {
      if (tag === dropping) dropDepth += closing ? -1 : tok.selfClosing ? 0 : 1;
      if (dropDepth === 0) dropping = null;
      continue;
    }
    if (DROP.has(tag)) {
      if (!closing && !tok.selfClosing) {
        dropping = tag;
        dropDepth = 1;
      }
      continue;
    }
    if (tag === "br") {
      breakLine(1);
      continue;
    }
    if (/^h[1-6]$/.test(tag)) {
      breakLine(2);
      if (!closing) emit(`${"#".repeat(Math.max(2, Number(tag[1])))} `);
      continue;
    }
    if (tag === "ul" || tag === "ol") {
      if (closing) lists.pop();
      else lists.push({ ordered: tag === "ol", n: 0 });
      breakLine(lists.length ? 1 : 2);
      continue;
    }
    if (tag === "li") {
      if (closing) {
        breakLine(1);
        continue;
      }
      if (lists.length === 0) lists.push({ ordered: false, n: 0 });
      const list = lists[lists.length - 1]!;
      list.n++;
      breakLine(1);
      emit(`${indent()}${list.ordered ? `${list.n}. ` : "- "}`);
      continue;
    }
    if (tag === "a") {
      if (!closing) {
        if (!link) {
          const href = attribute(tok.attrs, "href");
          link = { href: href && /^(https?:\/\/|mailto:)[^\s<>]+$/i.test(href) ? href : null, text: "" };
        }
      } else if (link) {
        const { href, text } = link;
        link = null;
        const label = text.trim();
        if (href && label && label.replace(/\\/g, "") !== href) emitText(`[${label}](<${href}>)`);
        else if (href) emitText(`<${href}>`);
        else if (label) emitText(label);
      }
      continue;
    }
    if (tag === "td" || tag === "th") {
      if (!closing && line.trim() && !pendingBreak) emit(" · ");
      continue;
    }
    if (tag === "pre") {
      pre += closing ? (pre > 0 ? -1 : 0) : 1;
      breakLine(2);
      continue;
    }
    if (BLOCK.has(tag)) {
      // Inside a list item a paragraph is a line break, so the item stays one Markdown list item.
      breakLine(lists.length ? 1 : 2);
      continue;
    }
    // Void and inline elements (img, b, strong, em, span, font, u, code…): text kept, formatting and images not.
  }
  if (link) emit(link.text);
  if (line.trim()) lines.push(line.replace(/\s+$/, ""));
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
