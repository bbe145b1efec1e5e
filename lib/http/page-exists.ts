import { closeProbePool, probePool } from "@/lib/health/checks";
import { openingPagePublicSql } from "@/lib/openings/visibility";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/roles/admin/form";
import { rolePublicSql } from "@/lib/roles/visibility";

/*
 * "Would this role or opening page exist?", asked by the proxy before routing (proxy.ts step 3a) so that an unknown
 * slug is rewritten to an unmatched path and gets Next's routing-level 404, complete in the server HTML, instead of
 * the empty error shell a notFound() thrown during a dynamic render produces (vercel/next.js#62228). The
 * conditions are the pages' own (lib/roles/visibility.ts, lib/openings/visibility.ts). Plain `pg` over the proxy's
 * pool (lib/health/checks.ts probePool, PROBE_TIMEOUT_MS), so the proxy does not load Prisma. A lookup that fails
 * or times out answers "exists": the page then decides itself. No server-only import.
 */

const ROLE_PAGE_SQL = `SELECT EXISTS (SELECT 1 FROM roles r WHERE r.slug = $1 AND ${rolePublicSql("r")})
  OR EXISTS (SELECT 1 FROM slug_redirects s JOIN roles r ON r.id = s.role_id
             WHERE s.old_slug = $1 AND ${rolePublicSql("r")} AND r.slug <> $1) AS found`;

const OPENING_PAGE_SQL = `SELECT EXISTS (SELECT 1 FROM openings o JOIN roles r ON r.id = o.role_id
  WHERE o.slug = $1 AND ${openingPagePublicSql("o", "r")}) AS found`;

async function lookup(sql: string, slug: string): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return true;
  try {
    const result = await probePool(url).query<{ found: boolean }>(sql, [slug]);
    return result.rows[0]?.found !== false;
  } catch {
    return true;
  }
}

/**
 * Input: the decoded slug of `/<locale>/roles/<slug>`. Output: false only when the role page would answer 404 —
 * no published, non-deleted role has this slug and no slug redirect leads to one (the page's 308); a slug that is
 * not a valid slug is false without a query. True when the database cannot be asked (the page then decides).
 */
export function rolePageExists(slug: string): Promise<boolean> {
  if (slug.length > SLUG_MAX || !SLUG_PATTERN.test(slug)) return Promise.resolve(false);
  return lookup(ROLE_PAGE_SQL, slug);
}

/**
 * Input: the decoded slug of `/<locale>/jobs/<slug>`. Output: false only when the opening page would answer 404 —
 * no published, non-deleted opening with this slug under a public role (expired ones keep their page). True when
 * the database cannot be asked.
 */
export function openingPageExists(slug: string): Promise<boolean> {
  if (slug.length > 300) return Promise.resolve(false);
  return lookup(OPENING_PAGE_SQL, slug);
}

/** Closes the proxy's pool (graceful shutdown, tests). Safe when it was never opened. */
export const closePagePool = closeProbePool;
