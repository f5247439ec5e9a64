"use client";

import { BadgeDollarSign } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { CardError } from "@/components/catalog/card-state";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { activityUrl } from "@/lib/history/activity-url-grammar";
import { SUMMARY_FILTER, SUMMARY_LINES, weekSummary } from "@/lib/history/week-summary";
import { useChanges } from "./use-changes";

const WEEK_MAX = 500;

export interface WeekSummaryCardProps {
  account: string;
  /** Start of the period (epoch ms), fixed for the page's life so the query key is stable. */
  since: number;
}

/** "What changed this week": one count per line, each a link into the filtered feed. */
export function WeekSummaryCard({ account, since }: WeekSummaryCardProps) {
  const t = useTranslations("activity.week");
  const labels = useEnumLabels();
  const query = new URLSearchParams({ account, since: String(since), pageSize: String(WEEK_MAX) });
  const changes = useChanges(query);
  const events = changes.data?.items ?? [];
  const summary = weekSummary(events);
  const empty = changes.isSuccess && events.length === 0;
  return (
    <section
      aria-labelledby="week-title"
      className="rounded-lg border border-border bg-card p-4 shadow-xs"
      data-testid="week-summary"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="week-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        <span className="text-xs text-muted-foreground">{t("range")}</span>
      </div>
      {changes.isError && !changes.data ? (
        <div className="mt-3">
          <CardError
            title={t("error")}
            onRetry={() => void changes.refetch()}
            retrying={changes.isFetching}
          />
        </div>
      ) : empty ? (
        <p className="mt-3 text-sm text-muted-foreground" data-testid="week-summary-empty">
          {t("none")}
        </p>
      ) : (
        <>
          <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
            {SUMMARY_LINES.map((line) => (
              <li key={line}>
                <Link
                  href={activityUrl({ account, from: since, ...SUMMARY_FILTER[line] })}
                  aria-label={t("show", { label: t(line) })}
                  className="flex h-full flex-col gap-0.5 rounded-md border border-border px-3 py-2 transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                  data-testid={`week-${line}`}
                >
                  <span className="text-xl font-semibold tabular-nums">
                    {changes.isSuccess ? summary.counts[line] : "–"}
                  </span>
                  <span className="text-xs text-muted-foreground">{t(line)}</span>
                </Link>
              </li>
            ))}
          </ul>
          {summary.rejectedReasons.length > 0 && (
            <p className="mt-3 text-sm">
              <span className="text-muted-foreground">{t("byReason")}: </span>
              {summary.rejectedReasons.map((r, i) => (
                <span key={r.reason}>
                  {i > 0 && " · "}
                  {labels.reason(r.reason)} ({r.count})
                </span>
              ))}
            </p>
          )}
          {summary.costlier > 0 && (
            <p className="mt-2 flex items-start gap-1.5 text-sm text-warning">
              <BadgeDollarSign aria-hidden className="mt-0.5 size-4 shrink-0" />
              {t("costNote", { count: summary.costlier })}
            </p>
          )}
          {(changes.data?.total ?? 0) > WEEK_MAX && (
            <p className="mt-2 text-xs text-muted-foreground">{t("partial", { count: WEEK_MAX })}</p>
          )}
        </>
      )}
    </section>
  );
}
