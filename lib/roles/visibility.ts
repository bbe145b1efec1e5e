/*
 * What makes a role public, as SQL text, shared by the role page's query (lib/roles/data.ts publishedRoleSql) and
 * the proxy's "would this page exist" lookup (lib/http/page-exists.ts), so both agree. No server-only import: the
 * proxy uses it. Constant text only (no input is interpolated).
 */

/** SQL condition: the row of `roles` under `alias` is published and not soft-deleted. */
export const rolePublicSql = (alias: string) => `${alias}.status = 'published' AND ${alias}.deleted_at IS NULL`;
