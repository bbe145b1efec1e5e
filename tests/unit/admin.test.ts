import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { Markdown, safeHref } from "@/components/roles/markdown";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { parseAdminRoleQuery, adminRoleQueryString, adminScope } from "@/lib/roles/admin/query";
import { transitionFor } from "@/lib/roles/admin/service";
import { parseRoleForm } from "@/lib/roles/admin/form";
import { asciiSlug, baseSlug, firstFreeSlug } from "@/lib/roles/admin/slug";

describe("safeRedirectPath", () => {
  it.each([
    ["/admin/roles/123?tab=history#h", "/admin/roles/123?tab=history#h"],
    ["/", "/"],
    ["/roles/数据", "/roles/%E6%95%B0%E6%8D%AE"],
    ["/zh/admin/roles/123", "/zh/admin/roles/123"],
    ["/en/admin?status=draft", "/en/admin?status=draft"],
    ["/zh/sign-inx", "/zh/sign-inx"],
  ])("keeps the same-site path %s", (input, out) => {
    expect(safeRedirectPath(input)).toBe(out);
  });

  it.each([
    "https://evil.example/admin",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "data:text/html,x",
    " /admin",
    "admin",
    "/%E0%A4%A",
    "/\nLocation: x",
    "http:/evil.example",
    "/sign-in?callbackUrl=/admin",
    "/api/auth/signout",
    "/zh/sign-in",
    "/en/sign-in",
    "/zh/sign-in?callbackUrl=/zh/admin",
    "/en/sign-in/",
    "/en/sign-in#x",
    "/zh/%73ign-in",
    "/zh/./sign-in",
    "/en/admin/../sign-in",
    "",
    "x".repeat(3000),
  ])("falls back to /admin for %j and never throws", (input) => {
    expect(safeRedirectPath(input)).toBe("/admin");
  });

  it("falls back for non-strings", () => {
    for (const v of [null, undefined, 42, ["/admin/x"], {}]) expect(safeRedirectPath(v)).toBe("/admin");
  });

  it("uses the caller's fallback (the admin home in the page's locale)", () => {
    expect(safeRedirectPath("/zh/sign-in", "/zh/admin")).toBe("/zh/admin");
    expect(safeRedirectPath("https://evil.example", "/en/admin")).toBe("/en/admin");
    expect(safeRedirectPath("/en/admin/roles/1", "/zh/admin")).toBe("/en/admin/roles/1");
  });
});

describe("slugs", () => {
  it("folds English titles to ASCII words", () => {
    expect(asciiSlug("Café Ops — Lead (AI/ML) 100%")).toBe("cafe-ops-lead-ai-ml-100");
    expect(asciiSlug("🤖🚀")).toBe("");
    expect(asciiSlug("a".repeat(300)).length).toBeLessThanOrEqual(100);
  });

  it("falls back to a stable hash for Chinese-only and emoji-only titles", () => {
    expect(baseSlug("Data Detective", "数据侦探")).toBe("data-detective");
    const zh = baseSlug("", "数据侦探");
    expect(zh).toMatch(/^role-[0-9a-f]{8}$/);
    expect(baseSlug("", "数据侦探")).toBe(zh);
    expect(baseSlug("", "数据分析师")).not.toBe(zh);
    expect(baseSlug("🤖", "")).toMatch(/^role-[0-9a-f]{8}$/);
    expect(baseSlug("", "GPT训练师")).toMatch(/^gpt-[0-9a-f]{8}$/);
  });

  it("numbers duplicates", () => {
    expect(firstFreeSlug("a", new Set())).toBe("a");
    expect(firstFreeSlug("a", new Set(["a", "a-2"]))).toBe("a-3");
    expect(firstFreeSlug("x".repeat(120), new Set(["x".repeat(120)])).length).toBeLessThanOrEqual(120);
  });
});

describe("roleFormSchema", () => {
  it("needs one title and normalises text", () => {
    expect(parseRoleForm({}).ok).toBe(false);
    const r = parseRoleForm({ titleZh: "  提示工程师 ", descriptionEn: "a\r\nb", tier: "", horizon: "10-year" });
    expect(r).toMatchObject({ ok: true, input: { titleEn: "", titleZh: "提示工程师", descriptionEn: "a\nb", tier: "unspecified", horizon: "10-year" } });
  });

  it("names each bad field", () => {
    const r = parseRoleForm({ titleEn: "a\nb", slug: "No Spaces", tier: "expert", summaryEn: "x".repeat(601), descriptionZh: "\u0000" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(["descriptionZh", "slug", "summaryEn", "tier", "titleEn"]);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(parseRoleForm({ titleEn: "😀".repeat(200) }).ok).toBe(true);
    expect(parseRoleForm({ titleEn: "😀".repeat(201) }).ok).toBe(false);
  });
});

describe("admin query", () => {
  it("extends the public contract with a repeatable status", () => {
    const r = parseAdminRoleQuery(new URLSearchParams("status=review&status=draft&tier=low-to-medium&q=x"));
    expect(r).toMatchObject({ ok: true, query: { status: ["draft", "review"], tier: ["low-to-medium"], q: "x" } });
    if (r.ok) expect(adminRoleQueryString(r.query)).toBe("?tier=low-to-medium&q=x&status=draft&status=review");
    expect(parseAdminRoleQuery({ status: "gone", page: "0" })).toMatchObject({ ok: false, issues: [{ parameter: "page" }, { parameter: "status" }] });
    expect(adminScope([])).toEqual({ statuses: ["draft", "review", "published", "archived"], deleted: false });
    expect(adminScope(["deleted"])).toEqual({ statuses: [], deleted: true });
  });
});

describe("transitionFor", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const role = (status: "DRAFT" | "REVIEW" | "PUBLISHED" | "ARCHIVED", deleted = false) => ({ status, deletedAt: deleted ? now : null, publishedAt: null });
  it("allows only the steps that fit the state", () => {
    expect(transitionFor(role("DRAFT"), "submit", now)).toEqual({ data: { status: "REVIEW" } });
    expect(transitionFor(role("REVIEW"), "submit", now)).toHaveProperty("refused");
    expect(transitionFor(role("REVIEW"), "publish", now)).toEqual({ data: { status: "PUBLISHED", publishedAt: now } });
    expect(transitionFor(role("DRAFT"), "unpublish", now)).toHaveProperty("refused");
    expect(transitionFor(role("PUBLISHED", true), "publish", now)).toHaveProperty("refused");
    expect(transitionFor(role("PUBLISHED", true), "restore", now)).toEqual({ data: { deletedAt: null } });
    expect(transitionFor(role("ARCHIVED"), "restore", now)).toEqual({ data: { status: "DRAFT" } });
  });
});

describe("Markdown descriptions", () => {
  const render = (md: string) => renderToStaticMarkup(createElement(Markdown, null, md));
  const HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](java&#x09;script:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "[click](//evil.example)",
    "![x](javascript:alert(1))",
    "![x](https://tracker.example/p.gif)",
    '<svg onload="alert(1)"><circle/></svg>',
    '<iframe src="https://evil.example"></iframe>',
    "<div style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</div>",
    "[a]: javascript:alert(1)\n\n[link][a]",
    "<https://ok.example?<script>>",
  ];
  it.each(HOSTILE)("renders %j without anything that can run script", (md) => {
    const html = render(md);
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<style|\son[a-z]+=|javascript:|vbscript:|data:text|href="\/\//i);
  });

  it("keeps ordinary Markdown and http(s)/mailto links", () => {
    const html = render("## Skills\n\n- **Python**\n- [docs](https://example.com/a?b=1) and [mail](mailto:jobs@example.com)\n\n`code`");
    expect(html).toContain("<h2");
    expect(html).toContain("<strong>Python</strong>");
    expect(html).toContain('href="https://example.com/a?b=1"');
    expect(html).toContain('href="mailto:jobs@example.com"');
    expect(html).toContain('rel="nofollow noopener noreferrer ugc"');
    expect(html).toContain("<code>code</code>");
  });

  it("safeHref allows only absolute http(s) and mailto", () => {
    expect(safeHref("https://a.example")).toBe("https://a.example");
    expect(safeHref("mailto:a@b.example")).toBe("mailto:a@b.example");
    for (const bad of ["/relative", "#x", "ftp://x", "https:/x", "https://", "javascript:x", "//x"]) expect(safeHref(bad)).toBe("");
  });
});
