import { ImportForm } from "@/components/admin/import-form";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";

export const metadata = { title: "Import and export" };

/** Import / export (`/admin/transfer`): download all listings; upload CSV or JSON with a dry run. Admins only. */
export default async function TransferPage() {
  const actor = await staffOrSignIn("/admin/transfer");
  if (!roleAtLeast(actor.role, "admin")) return <p role="alert">Only an admin may import or export listings.</p>;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Import and export</h1>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="mb-2 text-lg font-semibold">Export</h2>
        <p className="flex gap-4">
          <a href="/api/admin/export?format=csv" className="underline" download>All listings as CSV</a>
          <a href="/api/admin/export?format=json" className="underline" download>All listings as JSON</a>
        </p>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading" className="mb-2 text-lg font-semibold">Import</h2>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          Columns as in the export (titleEn, titleZh, slug, summaryEn, summaryZh, descriptionEn, descriptionZh, tier, horizon,
          sourceName; optional version). A row whose slug exists updates that listing; others create drafts (slug generated
          when empty). The import applies all rows or none.
        </p>
        <ImportForm />
      </section>
    </div>
  );
}
