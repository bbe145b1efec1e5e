import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { currentStaff } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Staff sign-in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Staff sign-in (`/sign-in?callbackUrl=/admin/...`). The callback must be a path on this site; anything else
 * (another host, protocol-relative, malformed) becomes /admin. Already signed in → straight there.
 */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeRedirectPath(Array.isArray(raw) ? raw[0] : raw);
  if (await currentStaff()) redirect(callbackUrl);
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-semibold">Staff sign-in <span lang="zh-CN" className="font-normal">员工登录</span></h1>
      <p className="mt-1 mb-6 text-slate-600 dark:text-slate-300">Visitors need no account; this is for editors and admins.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
