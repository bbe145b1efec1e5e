import { NextResponse } from "next/server";
import en from "@/lib/i18n/messages/en/common.json";
import zh from "@/lib/i18n/messages/zh/common.json";

/** Seconds a client should wait before retrying while the database is unreachable (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 30;

/** Paths whose answer is JSON or a feed rather than a page: the API, the feeds and the sitemap. */
const MACHINE_PATH = /^\/api(\/|$)|^\/[^/]+\.xml$/;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * The 503 answer while the database is unreachable, never cached, with `Retry-After`. Input: the request path
 * and the CSP nonce (for the page's inline style). API paths, feeds and the sitemap: the API's error shape
 * `{ error: { status: 503, message } }`. Pages: a small HTML page in both languages, the path's own language
 * first (`/zh/…` Chinese, anything else English), with a reload link. Strings: `common.unavailable`.
 */
export function unavailableResponse(pathname: string, nonce?: string): NextResponse {
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (MACHINE_PATH.test(pathname)) {
    return NextResponse.json(
      { error: { status: 503, message: "The service is temporarily unavailable (database unreachable); retry later" } },
      { status: 503, headers },
    );
  }
  const zhFirst = /^\/zh(\/|$)/.test(pathname);
  const parts = (zhFirst ? [["zh-CN", zh], ["en", en]] : [["en", en], ["zh-CN", zh]]) as [string, typeof en][];
  const [first] = parts[0]!;
  const sections = parts
    .map(([lang, m]) => `<section lang="${lang}"><h${lang === first ? 1 : 2}>${escape(m.unavailable.title)}</h${lang === first ? 1 : 2}><p>${escape(m.unavailable.body)}</p><p><a href="">${escape(m.unavailable.retry)}</a></p></section>`)
    .join("");
  const title = parts.map(([, m]) => m.unavailable.title).join(" · ");
  const style = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}a{color:#1d4ed8}section+section{margin-top:2rem;border-top:1px solid #cbd5e1}";
  const html = `<!doctype html><html lang="${first}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><style${nonce ? ` nonce="${nonce}"` : ""}>${style}</style></head><body><main>${sections}</main></body></html>`;
  return new NextResponse(html, { status: 503, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
