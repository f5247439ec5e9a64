"use client";

import { ShieldCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SeverityBadge } from "@/components/activity/severity-badge";
import { useChangeText } from "@/components/activity/use-change-text";
import { useChanges } from "@/components/activity/use-changes";
import { CardEmpty, CardQueryFace } from "@/components/catalog/card-state";
import { activityUrl, templateHistoryHref } from "@/lib/history/activity-url-grammar";
import type { ChangeEvent } from "@/lib/history/change-event";
import { isQualityDrop, norm, SEVERITIES, severityOf } from "@/lib/history/severity";
import { WEEK_MS } from "@/lib/history/week-summary";

const SHOWN = 8;
const degraded = (e: ChangeEvent) =>
  isQualityDrop(e) || (e.kind === "status_changed" && ["PAUSED", "DISABLED"].includes(norm(e.to)));

/** Templates whose quality dropped or that were paused/disabled in the last 7 days, worst first. */
export function RecentlyDegradedCard({ account, now }: { account: string; now: number }) {
  const t = useTranslations("overview.trends.degraded");
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
    <section
      aria-labelledby="degraded-title"
      className="flex flex-col gap-2 rounded-lg border border-border bg-card p-4 shadow-xs"
      data-testid="recently-degraded"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="degraded-title" className="text-sm font-semibold">
          {t("title")}
        </h3>
        <Link
          href={activityUrl({ account, from: since, kind: [...filter.kind], severity: [...filter.severity] })}
          className="text-xs text-primary underline-offset-4 hover:underline"
        >
          {t("all")}
        </Link>
      </div>
      <p className="text-xs text-muted-foreground">{t("description")}</p>
      <CardQueryFace
        query={changes}
        errorTitle={t("error")}
        loadingLabel={t("loading")}
        empty={
          items.length === 0 ? (
            <CardEmpty
              testId="recently-degraded-empty"
              icon={<ShieldCheck aria-hidden className="size-6" />}
              title={t("none")}
              body={t("noneBody")}
            />
          ) : null
        }
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
                  {/* one name in several languages: the code tells the rows apart */}
                  <span className="flex flex-wrap items-baseline gap-x-2">
                    <Link
                      href={templateHistoryHref(e.account, e.templateId)}
                      className="break-all font-medium underline-offset-4 hover:underline"
                    >
                      {e.name}
                    </Link>
                    <span className="font-mono text-xs text-muted-foreground">{e.language}</span>
                  </span>
                  <span className="text-muted-foreground">
                    {c.kind}: {c.from ?? "–"} → {c.to ?? "–"}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      </CardQueryFace>
    </section>
  );
}
