import Link from "next/link";
import { notFound } from "next/navigation";
import { History } from "@/components/admin/history";
import { RoleForm } from "@/components/admin/role-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { TransitionButtons } from "@/components/admin/transition-buttons";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { getAdminRole, getRoleHistory } from "@/lib/roles/admin-data";
import { INTENT_LABELS, INTENT_MIN_ROLE, ROLE_INTENTS, roleSnapshot, transitionFor } from "@/lib/roles/admin-service";
import { displayTitle } from "@/lib/roles/display";
import { ROLE_FIELDS, type RoleFormValues } from "@/lib/roles/form";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * One listing in the admin (`/admin/roles/[id]`): edit form (from the current version), workflow buttons the user
 * may use, links to the preview and the public page, and its history. Unknown id → 404. Editors and admins.
 */
export default async function AdminRolePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const actor = await staffOrSignIn(`/admin/roles/${encodeURIComponent(id)}`);
  const role = await getAdminRole(id);
  if (!role) notFound();
  const [history, sp] = await Promise.all([getRoleHistory(role.id), searchParams]);
  const snap = roleSnapshot(role);
  const initial = Object.fromEntries(
    ROLE_FIELDS.map((f) => [f, String(snap[f] ?? "")]),
  ) as RoleFormValues;
  const intents = ROLE_INTENTS.filter((i) => roleAtLeast(actor.role, INTENT_MIN_ROLE[i]) && !("refused" in transitionFor(role, i, new Date()))).map((intent) => ({
    intent,
    label: INTENT_LABELS[intent],
  }));
  const editable = !role.deletedAt && (actor.role === "admin" || role.status === "DRAFT" || role.status === "REVIEW");
  const done = typeof sp.done === "string" ? sp.done : null;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p><Link href="/admin" className="text-blue-700 underline dark:text-blue-300">← All listings</Link></p>
        <h1 className="text-2xl font-semibold">{displayTitle(role)}</h1>
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={role.status} deleted={role.deletedAt !== null} />
          <span>version <span data-testid="role-version">{role.version}</span></span>
          <Link href={`/admin/roles/${role.id}/preview`} className="underline">Preview</Link>
          {role.status === "PUBLISHED" && !role.deletedAt && <Link href={`/roles/${role.slug}`} className="underline">Public page</Link>}
        </p>
        {(sp.saved === "1" || done) && (
          <p role="status" className="text-emerald-800 dark:text-emerald-300" data-testid="saved-message">
            {done ? `Done: ${INTENT_LABELS[done as keyof typeof INTENT_LABELS] ?? done}.` : "Saved."}
          </p>
        )}
        <TransitionButtons id={role.id} version={role.version} intents={intents} />
      </header>

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-3 text-xl font-semibold">Edit</h2>
        {editable ? (
          <RoleForm key={role.version} initial={initial} id={role.id} version={role.version} />
        ) : (
          <p className="text-slate-600 dark:text-slate-400">
            {role.deletedAt ? "This listing is deleted; an admin can restore it." : "Only an admin may edit a published or archived listing."}
          </p>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">History</h2>
        <History entries={history} />
      </section>
    </div>
  );
}
