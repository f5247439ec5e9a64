"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ChangeEvent } from "@/lib/history/change-event";
import { ActivityEntry } from "./activity-entry";

/** Days (UTC, like every time the console shows) of a newest-first feed, in order. */
function byDay(items: readonly ChangeEvent[]): [string, ChangeEvent[]][] {
  const days = new Map<string, ChangeEvent[]>();
  for (const e of items) {
    const day = new Date(e.observedAt).toISOString().slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), e]);
  }
  return [...days.entries()];
}

export interface ActivityDaysProps {
  items: readonly ChangeEvent[];
  /** Account id → label when several accounts are listed, else null (no account on entries). */
  accountLabels: ReadonlyMap<string, string> | null;
}

/**
 * One page of the feed, grouped by day. Loaded on demand by ActivityView (its code is fetched
 * alongside the feed's first answer): before that answer the feed shows its skeleton.
 */
export function ActivityDays({ items, accountLabels }: ActivityDaysProps) {
  const t = useTranslations("activity");
  const format = useFormatter();
  return (
    <>
      {byDay(items).map(([day, events]) => (
        <section
          key={day}
          aria-labelledby={`day-${day}`}
          className="overflow-hidden rounded-lg border border-border bg-card shadow-xs"
        >
          <h3
            id={`day-${day}`}
            className="flex items-baseline justify-between gap-2 border-b border-border bg-muted/50 px-3 py-2 text-sm font-semibold sm:px-4"
          >
            <span>{format.dateTime(Date.parse(day), { dateStyle: "full" })}</span>
            <span className="text-xs font-normal text-muted-foreground">
              {t("feed.day", { count: events.length })}
            </span>
          </h3>
          <ul className="divide-y divide-border">
            {events.map((e) => (
              <ActivityEntry
                key={e.id}
                event={e}
                accountLabel={accountLabels ? (accountLabels.get(e.account) ?? e.account) : null}
              />
            ))}
          </ul>
        </section>
      ))}
      <p className="text-xs text-muted-foreground">{t("observedNote")}</p>
    </>
  );
}
