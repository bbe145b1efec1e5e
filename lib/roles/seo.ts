import type { RoleDetail } from "./types";

/**
 * schema.org Occupation for a role page (never JobPosting: a role is a kind of work, not an opening). Holds only
 * what the page shows: the displayed name, the other language's name as `alternateName`, the summary as
 * `description`. `occupationalCategory` is left out: the catalogue has no ISCO/O*NET/SOC code, and tier and
 * horizon are not occupational categories. Skills and qualifications are not in the data, so they are left out too.
 */
export function occupationJsonLd(role: RoleDetail, url: string): Record<string, unknown> {
  const name = role.titleEn || role.titleZh;
  const alternate = role.titleEn ? role.titleZh : "";
  const description = [role.summaryEn, role.summaryZh].filter(Boolean).join(" ");
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name,
    ...(alternate ? { alternateName: alternate } : {}),
    ...(description ? { description } : {}),
    url,
    mainEntityOfPage: url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as `\u003c` so that no value (e.g. a title
 * containing `</script>`) can close the script element; `\u2028`/`\u2029` likewise for old parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
