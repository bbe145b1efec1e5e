import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "./log";

/**
 * Filters of the admin audit list (`/admin/audit`), from URL parameters (all optional, empty = absent):
 *   action   one of AUDIT_ACTIONS            entity  "role" | "opening" | "staff"
 *   actor    part of the actor's email        id      the entity id (exact)
 *   before   an entry id: show older entries (paging, newest first)
 */
export const auditQuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  // No control characters: PostgreSQL text cannot hold NUL, and none belongs in an email or an id.
  actor: z.string().trim().max(254).regex(/^[^\u0000-\u001F\u007F]*$/).optional().catch(undefined),
  id: z.string().trim().max(100).regex(/^[^\u0000-\u001F\u007F]*$/).optional().catch(undefined),
  before: z.string().regex(/^[0-9]{1,18}$/).optional().catch(undefined),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** Parses the audit list's parameters; invalid values are dropped (the list then shows unfiltered). */
export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const first = (v: string | string[] | undefined) => {
    const s = Array.isArray(v) ? v[0] : v;
    return s === "" ? undefined : s;
  };
  return auditQuerySchema.parse({
    action: first(params.action),
    entity: first(params.entity),
    actor: first(params.actor),
    id: first(params.id),
    before: first(params.before),
  });
}
