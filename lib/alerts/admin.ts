import "server-only";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { queueState } from "./queue";

/** Counts per alert status, digests sent in the last 7 days, suppressed addresses and the queue's state. */
export interface AlertOverview {
  byStatus: Record<"pending" | "active" | "paused" | "unsubscribed", number>;
  digestsSent7d: number;
  suppressed: number;
  queue: Awaited<ReturnType<typeof queueState>>;
}

/**
 * The admin dashboard's alerts panel (editors and admins; requireStaff throws AccessDenied otherwise). Counts only:
 * no address leaves the database. Throws on database errors.
 */
export async function alertOverview(now: Date = new Date()): Promise<AlertOverview> {
  await requireStaff("editor");
  const [groups, digestsSent7d, suppressed, queue] = await Promise.all([
    db().alertSubscription.groupBy({ by: ["status"], _count: { _all: true } }),
    db().alertDigest.count({ where: { outcome: "sent", createdAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } } }),
    db().mailSuppression.count(),
    queueState(),
  ]);
  const byStatus = { pending: 0, active: 0, paused: 0, unsubscribed: 0 };
  for (const g of groups) byStatus[g.status.toLowerCase() as keyof typeof byStatus] = g._count._all;
  return { byStatus, digestsSent7d, suppressed, queue };
}
