import Link from "next/link";
import { AdminFilterForm } from "@/components/admin/admin-filter-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { QueryErrors } from "@/components/roles/query-errors";
import { staffOrSignIn } from "@/lib/auth/page";
import { listAdminRoles } from "@/lib/roles/admin-data";
import { adminRoleQueryString, parseAdminRoleQuery } from "@/lib/roles/admin-query";
import { displayTitle, secondaryTitle } from "@/lib/roles/display";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Admin list (`/admin`): listings in every state, with the public page's filters and search plus `status`
 * (lib/roles/admin-query.ts). Editors and admins; anyone else is sent to sign in.
 */
export default async function AdminPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const parsed = parseAdminRoleQuery(sp);
  await staffOrSignIn(`/admin${adminRoleQueryString(parsed.query)}`);
  const { query } = parsed;
  const result = await listAdminRoles(query);
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));

  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <aside>
        <AdminFilterForm key={adminRoleQueryString(query)} query={query} facets={result.facets} />
      </aside>
      <section aria-labelledby="admin-heading">
        <div className="flex flex-wrap items-baseline gap-4">
          <h1 id="admin-heading" className="text-2xl font-semibold">Listings</h1>
          <Link href="/admin/roles/new" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">New listing</Link>
        </div>
        {!parsed.ok && <QueryErrors issues={parsed.issues} />}
        <p role="status" className="mt-2 text-slate-700 dark:text-slate-300" data-testid="admin-count">
          {result.total === 1 ? "1 listing" : `${result.total} listings`}
        </p>
        <table className="mt-4 w-full text-left text-sm" data-testid="admin-list">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th className="py-2 pr-3">Title</th>
              <th className="py-2 pr-3">Status</th>
              <th className="py-2 pr-3">Slug</th>
              <th className="py-2 pr-3">Updated</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 dark:border-slate-800">
                <td className="py-2 pr-3">
                  <Link href={`/admin/roles/${r.id}`} className="font-medium text-blue-800 underline dark:text-blue-300">{displayTitle(r)}</Link>
                  {secondaryTitle(r) && <span lang="zh-CN" className="ml-2 text-slate-600 dark:text-slate-400">{secondaryTitle(r)}</span>}
                </td>
                <td className="py-2 pr-3"><StatusBadge status={r.status} deleted={r.deleted} /></td>
                <td className="py-2 pr-3 font-mono text-xs">{r.slug}</td>
                <td className="py-2 pr-3 tabular-nums">{r.updatedAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {pages > 1 && (
          <nav aria-label="Pagination" className="mt-4 flex gap-3">
            {query.page > 1 && <Link href={`/admin${adminRoleQueryString({ ...query, page: query.page - 1 })}`} className="underline">Previous</Link>}
            <span>Page {query.page} of {pages}</span>
            {query.page < pages && <Link href={`/admin${adminRoleQueryString({ ...query, page: query.page + 1 })}`} className="underline">Next</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
