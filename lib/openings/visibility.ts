import { rolePublicSql } from "@/lib/roles/visibility";

/*
 * What gives an opening its public page, as SQL text, shared by the opening page's query (lib/openings/data.ts
 * publishedOpeningSql) and the proxy's "would this page exist" lookup (lib/http/page-exists.ts). Expired openings
 * keep their page (marked closed), so expiry is not part of it. No server-only import: the proxy uses it.
 */

/** SQL condition: opening `o` (joined to its role `r`) is published, not deleted, under a public role. */
export const openingPagePublicSql = (o: string, r: string) => `${o}.status = 'published' AND ${o}.deleted_at IS NULL AND ${rolePublicSql(r)}`;
