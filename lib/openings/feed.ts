import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { Feed } from "feed";
import { renderAtom, rssText } from "@/lib/feeds/atom";
import { jsonError } from "@/lib/http/errors";
import { plainOpeningIssuesMessage } from "@/lib/openings/issue-messages";
import type { QueryIssue } from "@/lib/query/params";
import { FEED_CONTENT_TYPES, type FeedFormat } from "@/lib/roles/feed";
import { siteUrl } from "@/lib/site";
import { listCurrentOpenings } from "./cached";
import { type OpeningQuery, openingQueryString, type ParsedOpeningQuery, parseOpeningQuery } from "./query";
import type { OpeningListResult } from "./types";

const FEED_PATHS: Record<FeedFormat, string> = { rss: "/jobs-feed.xml", atom: "/jobs-atom.xml" };

/**
 * Parses an openings feed URL with the jobs page's contract (lib/openings/query.ts), newest first: `sort` may be
 * left out or be `newest`; anything else parseOpeningQuery refuses is an issue too.
 */
export function parseOpeningFeedQuery(params: URLSearchParams): ParsedOpeningQuery {
  const sp = new URLSearchParams(params);
  const sorts = sp.getAll("sort").filter((s) => s !== "");
  if (sorts.length === 1 && sorts[0] !== "newest") {
    const issue: QueryIssue = { parameter: "sort", message: "feeds are always sorted newest first: leave sort out or give sort=newest" };
    return { ok: false, issues: [issue], query: parseOpeningQuery(new URLSearchParams()).query };
  }
  if (sorts.length === 0) sp.set("sort", "newest");
  return parseOpeningQuery(sp);
}

/**
 * One page of current openings as RSS 2.0 (the `feed` package; text escaped so markup shows as text) or Atom 1.0
 * (lib/feeds/atom.ts: text constructs of type "text", an author).
 * Entry links are locale-free (`/jobs/<slug>`: the proxy sends readers to their language); an entry's date is
 * its posting date. The feed's `updated` is the newest entry's date (the epoch when empty), so it is stable.
 */
export function renderOpeningFeed(format: FeedFormat, result: OpeningListResult, query: OpeningQuery, site: string): string {
  const qs = openingQueryString({ ...query, cursor: null });
  const newest = result.items[0] ? new Date(`${result.items[0].datePosted}T00:00:00Z`) : new Date(0);
  const title = "AI Jobs Atlas · AI 岗位图谱 — newest openings";
  const description = "Current openings for emerging AI roles. 新兴 AI 岗位的在招职位。";
  const entries = result.items.map((o) => {
    const link = `${site}/jobs/${o.slug}`;
    const date = new Date(`${o.datePosted}T00:00:00Z`);
    const places = o.locations.map((l) => `${l.city}, ${l.country}`).join("; ") || o.workplaceType;
    return {
      id: link,
      link,
      title: `${[o.titleEn, o.titleZh].filter(Boolean).join(" · ")} — ${o.employerName}`,
      updated: date,
      published: date,
      summary: `${o.employerName} · ${places}${o.salary?.text ? ` · ${o.salary.text}` : ""}`,
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
      self: `${site}/jobs-atom.xml${qs}`,
      alternate: `${site}/jobs${qs}`,
      entries,
    });
  }
  const feed = new Feed({
    id: `${site}${FEED_PATHS[format]}${qs}`,
    title,
    description,
    link: `${site}/jobs${qs}`,
    language: "en",
    updated: newest,
    generator: false,
    copyright: "AI Jobs Atlas editors",
    feedLinks: { rss: `${site}/jobs-feed.xml${qs}`, atom: `${site}/jobs-atom.xml${qs}` },
  });
  for (const e of entries) {
    feed.addItem({ title: rssText(e.title), id: e.id, guid: e.id, link: e.link, date: e.updated, published: e.published, description: rssText(e.summary) });
  }
  return feed.rss2();
}

/** The openings feed routes' work: parse, list as the jobs page does, render. 400 JSON for invalid parameters. */
export async function openingFeedResponse(request: NextRequest, format: FeedFormat): Promise<NextResponse> {
  const parsed = parseOpeningFeedQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, plainOpeningIssuesMessage(parsed.issues), parsed.issues);
  const result = await listCurrentOpenings(parsed.query);
  return new NextResponse(renderOpeningFeed(format, result, parsed.query, await siteUrl()), {
    headers: { "content-type": FEED_CONTENT_TYPES[format], "cache-control": "public, max-age=300" },
  });
}
