"use client";

import { ChartNoAxesCombined } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { CardEmpty, CardError } from "@/components/catalog/card-state";
import { useApiErrorMessage } from "@/components/catalog/use-api-error-message";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { Skeleton } from "@/components/ui/skeleton";
import { activityUrl } from "@/lib/history/activity-url-grammar";
import { ConsoleApiError } from "@/lib/query/fetch-json";
import { changedWithinDays, tableHref } from "@/lib/templates/overview-links";
import { CategoryWatchCard } from "./category-watch-card";
import { qualityColor, statusColors } from "./chart-colors";
import { OverviewSection } from "./overview-section";
import { RecentlyDegradedCard } from "./recently-degraded-card";
import { TrendCard } from "./trend-card";
import { useTrends } from "./use-trends";

const PERIODS = [30, 90] as const;
const QUALITIES = ["GREEN", "YELLOW", "RED", "UNKNOWN"] as const;
const STATUSES = { approved: "APPROVED", rejected: "REJECTED", paused: "PAUSED" } as const;

/**
 * Trends over 30 or 90 days (quality mix, approved / rejected / paused, changes per day), then what
 * degraded recently and which templates changed category. Every series links to the table or the
 * activity feed, filtered.
 */
export function TrendsSection({ account }: { account: string }) {
  const t = useTranslations("overview.trends");
  const labels = useEnumLabels();
  const format = useFormatter();
  const errorMessage = useApiErrorMessage();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  // Fixed for the page's life (and the period): a moving "now" would refetch on every render.
  const [now] = useState(() => Math.floor(Date.now() / 60_000) * 60_000);
  const since = now - days * 86_400_000;
  const trends = useTrends(account, days);
  const data = trends.data?.days ?? [];
  const dayLabel = (day: string) => format.dateTime(Date.parse(day), { month: "short", day: "numeric" });
  const colors = statusColors(Object.values(STATUSES));

  const quality = data.map((d) => ({
    day: d.day,
    ...Object.fromEntries(QUALITIES.map((q) => [q, d.quality[q] ?? 0])),
  }));
  const status = data.map((d) => ({
    day: d.day,
    ...Object.fromEntries(Object.entries(STATUSES).map(([k, s]) => [k, d.status[s] ?? 0])),
  }));
  const changes = data.map((d) => ({ day: d.day, changes: d.changes }));

  return (
    <OverviewSection
      id="trends"
      title={t("title")}
      description={t("description")}
      action={
        <fieldset className="inline-flex rounded-md border border-border p-0.5">
          <legend className="sr-only">{t("period")}</legend>
          {PERIODS.map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={days === p}
              onClick={() => setDays(p)}
              className="h-8 rounded px-3 text-sm font-medium text-muted-foreground aria-pressed:bg-accent aria-pressed:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              data-testid={`trends-period-${p}`}
            >
              {t("days", { days: p })}
            </button>
          ))}
        </fieldset>
      }
    >
      {trends.isError && !trends.data ? (
        <CardError
          title={t("error")}
          detail={trends.error instanceof ConsoleApiError ? errorMessage(trends.error.body) : undefined}
          onRetry={() => void trends.refetch()}
          retrying={trends.isFetching}
        />
      ) : !trends.data ? (
        <div className="grid min-w-0 gap-4 lg:grid-cols-3" data-testid="trends-loading">
          <span className="sr-only" role="status">
            {t("loading")}
          </span>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-[290px] w-full" />
          ))}
        </div>
      ) : data.length === 0 ? (
        <CardEmpty
          testId="trends-empty"
          icon={<ChartNoAxesCombined aria-hidden className="size-8" />}
          title={t("empty")}
          body={t("emptyBody")}
        />
      ) : (
        <div className="grid min-w-0 gap-4 lg:grid-cols-3" data-testid="trends" data-days={days}>
          <TrendCard
            testId="trend-quality"
            title={t("qualityMix")}
            kind="area"
            rows={quality}
            dayLabel={dayLabel}
            series={QUALITIES.map((q) => ({
              key: q,
              label: labels.quality(q),
              color: qualityColor(q),
              href: tableHref(account, { quality: [q] }),
            }))}
          />
          <TrendCard
            testId="trend-status"
            title={t("statusCounts")}
            kind="line"
            rows={status}
            dayLabel={dayLabel}
            series={(Object.keys(STATUSES) as (keyof typeof STATUSES)[]).map((k) => ({
              key: k,
              label: t(`series.${k}`),
              color: colors[STATUSES[k]] ?? "var(--neutral)",
              href: tableHref(account, { status: [STATUSES[k]] }),
            }))}
          />
          <TrendCard
            testId="trend-changes"
            title={t("changesPerDay")}
            kind="bar"
            rows={changes}
            dayLabel={dayLabel}
            series={[
              {
                key: "changes",
                label: t("series.changes"),
                color: "var(--info)",
                href: activityUrl({ account, from: since }),
              },
            ]}
          />
        </div>
      )}
      {data.length === 1 && (
        // one day draws dots, not lines: say why, so the charts do not read as broken
        <p className="text-xs text-muted-foreground" data-testid="trends-one-day">
          {t("oneDay")}
        </p>
      )}
      <div className="grid min-w-0 gap-4 lg:grid-cols-2">
        <RecentlyDegradedCard account={account} now={now} />
        <CategoryWatchCard account={account} since={since} />
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link
          href={activityUrl({ account, from: since })}
          className="text-primary underline-offset-4 hover:underline"
        >
          {t("showInActivity")}
        </Link>
        <Link
          href={tableHref(account, { ...changedWithinDays(days, now), sort: "-lastChange" })}
          className="text-primary underline-offset-4 hover:underline"
          data-testid="trends-changed-in-table"
        >
          {t("showChangedInTable")}
        </Link>
      </p>
    </OverviewSection>
  );
}
