"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

/** Zones that are UTC under another name: the UTC text already says it all. */
const UTC_ZONES = /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal|Greenwich)(\+0|-0|0)?$/i;

/**
 * A moment as the server rendered it (`utcText`, e.g. "2 Dec 2026, 03:04 UTC", in a `<time datetime>`), followed,
 * once JavaScript runs, by the same moment in the reader's own time zone with the zone named ("(2 Dec 2026, 11:04
 * China Standard Time)"), in the page's language. Nothing is added when the reader's zone is UTC. Input:
 * `dateTime` as an ISO 8601 instant. A small client leaf: the server cannot know the reader's zone.
 */
export function LocalTime({ dateTime, utcText }: { dateTime: string; utcText: string }) {
  const locale = useLocale();
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const at = new Date(dateTime);
    if (!zone || UTC_ZONES.test(zone) || Number.isNaN(at.getTime())) return;
    const tag = locale === "zh" ? "zh-CN" : "en";
    const time = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone: zone }).format(at);
    const name = new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: "long" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value;
    setLocal(`${time} ${name ?? zone}`);
  }, [dateTime, locale]);
  return (
    <>
      <time dateTime={dateTime} className="tabular-nums">{utcText}</time>
      {local && <span className="tabular-nums text-slate-600 dark:text-slate-400" data-testid="local-time"> ({local})</span>}
    </>
  );
}
