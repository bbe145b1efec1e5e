import { PageLinks } from "@/components/ui/page-links";
import { type RoleQuery, roleQueryString, roleQueryToSearchParams } from "@/lib/roles/query";

/**
 * The browse list's pagination; keeps every other parameter of the query. "Next" follows the keyset cursor
 * (stable while roles are added or removed); numbered and "Previous" links use page numbers, which stay shareable.
 */
export function Pagination({ query, total, nextCursor }: { query: RoleQuery; total: number; nextCursor: string | null }) {
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const href = (page: number) => `/${roleQueryString({ ...query, cursor: null, page })}`;
  const nextHref = nextCursor
    ? `/?${(() => {
        const sp = roleQueryToSearchParams({ ...query, cursor: null, page: 1 });
        sp.set("cursor", nextCursor);
        return sp.toString();
      })()}`
    : href(query.page + 1);
  return <PageLinks page={query.page} pages={pages} href={href} nextHref={nextHref} />;
}
