"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";
import type { TrendChartProps, TrendSeries } from "./trends-charts";

// recharts is large: loaded only when a trend is on screen, never in the first load.
const TrendChart = dynamic(() => import("./trends-charts"), {
  ssr: false,
  loading: () => <Skeleton className="h-[200px] w-full" />,
});

export interface TrendCardProps extends TrendChartProps {
  title: string;
  testId: string;
  series: readonly (TrendSeries & { href: string })[];
}

/** One trend: the chart, a legend whose entries link to the filtered view, and a table for screen readers. */
export function TrendCard({ title, testId, kind, rows, series, dayLabel }: TrendCardProps) {
  const t = useTranslations("overview.trends");
  return (
    <figure
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-border bg-card p-4 shadow-xs"
      data-testid={testId}
    >
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <TrendChart kind={kind} rows={rows} series={series} dayLabel={dayLabel} />
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {series.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              className="inline-flex items-center gap-1.5 rounded-sm text-muted-foreground hover:text-foreground hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              data-series={s.key}
            >
              <span aria-hidden className="size-2.5 rounded-sm" style={{ background: s.color }} />
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
      <table className="sr-only" data-testid={`${testId}-table`}>
        <caption>{t("tableCaption", { chart: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.day)} data-day={String(r.day)}>
              <th scope="row">{dayLabel(String(r.day))}</th>
              {series.map((s) => (
                <td key={s.key} data-series={s.key}>
                  {r[s.key] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
