/*
 * Atom 1.0 (RFC 4287) written directly, because the `feed` package marks every title and summary `type="html"`
 * and wraps it in CDATA: plain text typed by staff (`<b>`, `&`) then reaches feed readers as live markup. Here
 * every text construct is `type="text"` with XML escaping, and the feed always has an author (§4.1.1).
 */

/** One entry: ids and links are absolute URLs; times are Dates (written in RFC 3339). */
export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary?: string;
}

/** A whole feed. `self` is the feed's own URL, `alternate` the HTML page it mirrors. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: Date;
  author: string;
  rights?: string;
  self: string;
  alternate: string;
  entries: AtomEntry[];
}

/** Text for XML character data and attribute values: &, <, > and quotes escaped; C0 controls (not allowed in XML 1.0) dropped. */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const text = (tag: string, value: string) => `<${tag} type="text">${xmlText(value)}</${tag}>`;

/** The feed as an Atom 1.0 document (UTF-8). Pure. */
export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  ${text("title", feed.title)}`,
    ...(feed.subtitle ? [`  ${text("subtitle", feed.subtitle)}`] : []),
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    ...(feed.rights ? [`  ${text("rights", feed.rights)}`] : []),
  ];
  for (const e of feed.entries) {
    lines.push(
      "  <entry>",
      `    <id>${xmlText(e.id)}</id>`,
      `    ${text("title", e.title)}`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      ...(e.published ? [`    <published>${e.published.toISOString()}</published>`] : []),
      ...(e.summary ? [`    ${text("summary", e.summary)}`] : []),
      "  </entry>",
    );
  }
  lines.push("</feed>");
  return `${lines.join("\n")}\n`;
}

/**
 * Plain text for an RSS `<title>`/`<description>`, which readers treat as HTML: `&`, `<` and `>` become entities, so
 * staff-typed markup shows as text instead of running. (The `feed` package then XML-escapes or CDATA-wraps it.)
 */
export function rssText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
