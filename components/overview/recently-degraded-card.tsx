"use client";

import { ShieldCheck } from "lucide-react";
import { SeverityBadge } from "@/components/activity/severity-badge";
import { useChangeText } from "@/components/activity/use-change-text";
import { useChanges } from "@/components/activity/use-changes";
import { activityUrl } from "@/lib/history/activity-url-grammar";
import type { ChangeEvent } from "@/lib/history/change-event";
import { isQualityDrop, norm, SEVERITIES, severityOf } from "@/lib/history/severity";
import { WEEK_MS } from "@/lib/history/week-summary";
import { ChangeListCard, ChangeTemplateName } from "./change-list-card";

const SHOWN = 8;
const degraded = (e: ChangeEvent) =>
  isQualityDrop(e) || (e.kind === "status_changed" && ["PAUSED", "DISABLED"].includes(norm(e.to)));

/** Templates whose quality dropped or that were paused/disabled in the last 7 days, worst first. */
export function RecentlyDegradedCard({ account, now }: { account: string; now: number }) {
  const text = useChangeText();
  const since = now - WEEK_MS;
  const filter = { kind: ["quality_changed", "status_changed"], severity: ["critical", "warning"] } as const;
  const changes = useChanges(
    new URLSearchParams({
      account,
      since: String(since),
      kind: filter.kind.join(","),
      severity: filter.severity.join(","),
      pageSize: "500",
    }),
  );
  // The latest degradation of each template, critical before warning, newest first.
  const latest = new Map<string, ChangeEvent>();
  for (const e of (changes.data?.items ?? []).filter(degraded)) {
    const key = `${e.account}\u0000${e.templateId}`;
    if (!latest.has(key)) latest.set(key, e);
  }
  const items = [...latest.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(severityOf(a)) - SEVERITIES.indexOf(severityOf(b)) || b.observedAt - a.observedAt,
  );
  return (
    <ChangeListCard
      id="recently-degraded"
      messages="overview.trends.degraded"
      allHref={activityUrl({ account, from: since, kind: [...filter.kind], severity: [...filter.severity] })}
      query={changes}
      emptyIcon={items.length === 0 ? <ShieldCheck aria-hidden className="size-6" /> : null}
    >
      <ul className="divide-y divide-border">
        {items.slice(0, SHOWN).map((e) => {
          const c = text(e);
          return (
            // badge | name over the change: the same two columns at every width
            <li key={e.id} className="flex items-start gap-2 py-2 text-sm">
              <span className="shrink-0">
                <SeverityBadge severity={severityOf(e)} />
              </span>
              <div className="flex min-w-0 flex-col">
                <ChangeTemplateName event={e} />
                <span className="text-muted-foreground">
                  {c.kind}: {c.from ?? "–"} → {c.to ?? "–"}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </ChangeListCard>
  );
}
