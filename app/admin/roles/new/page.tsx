import { randomUUID } from "node:crypto";
import { RoleForm } from "@/components/admin/role-form";
import { staffOrSignIn } from "@/lib/auth/page";
import { formValues } from "@/lib/roles/form";

export const metadata = { title: "New listing" };

/** New listing form (`/admin/roles/new`). Editors and admins. Each render gets a fresh idempotency key. */
export default async function NewRolePage() {
  await staffOrSignIn("/admin/roles/new");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">New listing</h1>
      <RoleForm initial={{ ...formValues({}), tier: "unspecified", horizon: "unspecified" }} idempotencyKey={randomUUID()} />
    </div>
  );
}
