import Link from "next/link";
import { notFound } from "next/navigation";
import { RoleArticle } from "@/components/roles/role-article";
import { staffOrSignIn } from "@/lib/auth/page";
import { getAdminRole } from "@/lib/roles/admin-data";
import { toRoleDetail } from "@/lib/roles/detail";

export const metadata = { title: "Preview" };

/**
 * Preview (`/admin/roles/[id]/preview`): the listing in its current stored version, in any state, rendered by the
 * same component as the public page. Editors and admins.
 */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await staffOrSignIn(`/admin/roles/${encodeURIComponent(id)}/preview`);
  const role = await getAdminRole(id);
  if (!role) notFound();
  return (
    <div>
      <p className="mb-4 rounded border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
        Preview of version {role.version} ({role.deletedAt ? "deleted" : role.status.toLowerCase()}).{" "}
        <Link href={`/admin/roles/${role.id}`} className="underline">Back to editing</Link>
      </p>
      <RoleArticle role={toRoleDetail(role)} />
    </div>
  );
}
