import type { Metadata } from "next";
import { SavedList } from "@/components/saved/saved-list";

export const metadata: Metadata = {
  title: "Saved roles · 收藏的岗位",
  description: "Roles you saved in this browser. 保存在本浏览器中的岗位。",
  robots: { index: false, follow: true },
};

/** `/saved` — the roles bookmarked in this browser (localStorage; no account), rendered by a client leaf. */
export default function SavedPage() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">
        Saved roles <span lang="zh-CN" className="font-normal">收藏的岗位</span>
      </h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Kept in this browser only; nothing is sent to us.</p>
      <SavedList />
    </div>
  );
}
