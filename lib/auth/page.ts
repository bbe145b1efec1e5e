import "server-only";
import { redirect } from "next/navigation";
import { currentStaff } from "./session";
import type { Actor } from "./roles";

/**
 * For admin pages: the signed-in staff member, or a redirect to the sign-in page that comes back to `path`
 * afterwards. Pages then check the role (roleAtLeast) for what they show; the data functions and actions they
 * call check again on their own.
 */
export async function staffOrSignIn(path: string): Promise<Actor> {
  const actor = await currentStaff();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}
