import "server-only";
import { Feed } from "feed";
import { renderAtom, rssText } from "@/lib/feeds/atom";
import { type ParsedRoleQuery, parseRoleQuery, type QueryIssue, type RoleQuery, roleQueryString } from "./query";
import type { RoleListResult } from "./types";

/** The two feed formats: RSS 2.0 at `/feed.xml`, Atom 1.0 at `/atom.xml`. */
export type FeedFormat = "rss" | "atom";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

const FEED_PATHS: Record<FeedFormat, string> = { rss: "/feed.xml", atom: "/atom.xml" };

/**
 * Parses a feed URL's parameters with the browse page's contract (lib/roles/query.ts), sorted newest first:
 * `sort` may be left out or be `newest`; any other sort is an issue, as is anything parseRoleQuery refuses.
 */
export function parseFeedQuery(params: URLSearchParams): ParsedRoleQuery {
  const sp = new URLSearchParams(params);
  const sorts = sp.getAll("sort");
  if (sorts.length === 1 && sorts[0] !== "" && sorts[0] !== "newest") {
    const issue: QueryIssue = { parameter: "sort", message: "feeds are always sorted newest first: leave sort out or give sort=newest" };
    return { ok: false, issues: [issue], query: parseRoleQuery(new URLSearchParams()).query };
  }
  if (sorts.length === 0 || sorts.every((s) => s === "")) sp.set("sort", "newest");
  return parseRoleQuery(sp);
}

/**
 * Renders one page of roles as an RSS 2.0 document (the `feed` package: RFC 822 dates; text escaped so markup in it
 * shows as text) or an Atom 1.0 one (lib/feeds/atom.ts: text constructs of type "text", an author, RFC 3339). Each entry links to the role page; its date is the role's
 * `listedAt` (publication time). `site` is the public origin (lib/site.ts); `filters` the filters in words
 * (describeFilters, English), "" when none. Entry links are locale-free (`/roles/<slug>`): the proxy sends each
 * reader to their language. The feed's own `updated` is the newest entry's date, or the Unix epoch for an empty
 * feed, so the document is stable between requests.
 */
export function renderRoleFeed(format: FeedFormat, result: RoleListResult, query: RoleQuery, site: string, filters = ""): string {
  const qs = roleQueryString({ ...query, cursor: null });
  const newest = result.items[0] ? new Date(result.items[0].listedAt) : new Date(0);
  const title = `AI Jobs Atlas · AI 岗位图谱 — newest roles${filters ? ` (${filters})` : ""}`;
  const description = "Recently published emerging AI roles. 最新发布的新兴 AI 岗位。";
  const entries = result.items.map((role) => {
    const link = `${site}/roles/${role.slug}`;
    const date = new Date(role.listedAt);
    return {
      id: link,
      link,
      title: [role.titleEn, role.titleZh].filter(Boolean).join(" · "),
      updated: date,
      published: date,
      summary: [role.summaryEn, role.summaryZh].filter(Boolean).join("\n\n"),
    };
  });
  if (format === "atom") {
    return renderAtom({
      id: `${site}${FEED_PATHS.atom}${qs}`,
      title,
      subtitle: description,
      updated: newest,
      author: "AI Jobs Atlas editors",
      rights: "AI Jobs Atlas editors",
      self: `${site}/atom.xml${qs}`,
      alternate: `${site}/${qs}`,
      entries,
    });
  }
  const feed = new Feed({
    id: `${site}${FEED_PATHS[format]}${qs}`,
    title,
    description,
    link: `${site}/${qs}`,
    language: "en",
    updated: newest,
    generator: false,
    copyright: "AI Jobs Atlas editors",
    feedLinks: { rss: `${site}/feed.xml${qs}`, atom: `${site}/atom.xml${qs}` },
  });
  for (const e of entries) {
    feed.addItem({ title: rssText(e.title), id: e.id, guid: e.id, link: e.link, date: e.updated, published: e.published, description: rssText(e.summary) });
  }
  return feed.rss2();
}
