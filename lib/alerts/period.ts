export type AlertFrequencyValue = "daily" | "weekly";

/**
 * The period a digest belongs to, the second half of its unique key: daily → the UTC date ("2026-12-02"), weekly
 * → the ISO 8601 week ("2026-W49"). Pure.
 */
export function digestPeriod(frequency: AlertFrequencyValue, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  if (frequency === "daily") return day;
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
