"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import type { FacetCounts } from "@/lib/templates/list-contract";
import { tableHref } from "@/lib/templates/overview-links";
import { orderQualities } from "@/lib/templates/quality-scale";
import { qualityColor } from "./chart-colors";
import type { OverviewLabels } from "./use-overview-labels";

export interface QualityMatrixCardProps {
  account: string;
  /** category → quality → count, categories largest first. */
  matrix: Record<string, FacetCounts>;
  labels: OverviewLabels;
}

import type { MatrixRow as Row } from "./quality-matrix-chart";

const ROW_HEIGHT = 30;

// recharts is loaded after the page (the chart is aria-hidden, its box has a fixed height; the
// table beside carries the numbers and the links).
const QualityMatrixChart = dynamic(() => import("./quality-matrix-chart").then((m) => m.QualityMatrixChart), {
  ssr: false,
});

/**
 * Quality by category: one 100 % bar per category split by rating (which category's templates are
 * rated worst), then the same numbers as a table whose every cell links to the table filtered by
 * that category and rating. The chart is for the eye; the table carries the numbers and the links.
 */
export function QualityMatrixCard({ account, matrix, labels }: QualityMatrixCardProps) {
  const t = useTranslations("overview.charts");
  const format = useFormatter();
  const router = useRouter();
  const headingId = useId();
  const categories = Object.keys(matrix);
  const qualities = orderQualities(categories.flatMap((c) => Object.keys(matrix[c] ?? {})));
  const rows: Row[] = categories.map((category) => {
    const cell = matrix[category] ?? {};
    const row: Row = {
      category,
      label: labels.category(category),
      total: Object.values(cell).reduce((a, b) => a + b, 0),
    };
    for (const q of qualities) row[q] = cell[q] ?? 0;
    return row;
  });
  const grand = rows.reduce((n, r) => n + r.total, 0);

  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-4 rounded-lg border border-border bg-card p-4"
      data-testid="quality-matrix"
    >
      <div>
        <h3 id={headingId} className="text-sm font-semibold">
          {t("matrix.title")}
        </h3>
        <p className="text-xs text-muted-foreground">{t("matrix.description")}</p>
      </div>
      {grand === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noData")}</p>
      ) : (
        <div className="grid min-w-0 gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
          <div className="flex min-w-0 flex-col gap-3">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label={t("matrix.legend")}>
              {qualities.map((q) => (
                <li key={q}>
                  <Link
                    href={tableHref(account, { quality: [q] })}
                    className="inline-flex min-h-6 items-center gap-1.5 rounded-sm hover:underline"
                  >
                    <span
                      aria-hidden
                      className="size-2.5 rounded-[3px]"
                      style={{ background: qualityColor(q) }}
                    />
                    {labels.quality(q)}
                  </Link>
                </li>
              ))}
            </ul>
            <div aria-hidden className="min-w-0" style={{ height: rows.length * ROW_HEIGHT + 28 }}>
              <QualityMatrixChart
                rows={rows}
                qualities={qualities}
                labels={labels}
                onSelect={(category, quality) =>
                  router.push(tableHref(account, { category: [category], quality: [quality] }))
                }
              />
            </div>
          </div>
          <div className="min-w-0 overflow-x-auto">
            <table className="w-full text-sm tabular-nums" data-testid="quality-matrix-table">
              <caption className="sr-only">{t("matrix.caption")}</caption>
              <thead>
                <tr className="border-b border-border text-xs text-muted-foreground">
                  <th scope="col" className="py-1.5 pe-2 text-start font-medium">
                    {t("matrix.category")}
                  </th>
                  {qualities.map((q) => (
                    <th key={q} scope="col" className="px-1.5 py-1.5 text-end font-medium">
                      {labels.quality(q)}
                    </th>
                  ))}
                  <th scope="col" className="ps-1.5 py-1.5 text-end font-medium">
                    {t("total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.category} className="border-b border-border/60 last:border-0">
                    <th scope="row" className="max-w-40 py-1 pe-2 text-start font-normal">
                      <span className="block truncate">{row.label}</span>
                    </th>
                    {qualities.map((q) => {
                      const n = Number(row[q] ?? 0);
                      return (
                        <td
                          key={q}
                          className="px-1.5 py-1 text-end"
                          data-testid={`matrix-${row.category}-${q}`}
                          data-count={n}
                        >
                          {n === 0 ? (
                            <span className="text-muted-foreground">0</span>
                          ) : (
                            <Link
                              href={tableHref(account, { category: [row.category], quality: [q] })}
                              className="rounded-sm underline-offset-2 hover:underline"
                              aria-label={t("matrix.cellLabel", {
                                count: n,
                                category: row.label,
                                quality: labels.quality(q),
                              })}
                            >
                              {format.number(n)}
                            </Link>
                          )}
                        </td>
                      );
                    })}
                    <td className="ps-1.5 py-1 text-end font-medium">
                      <Link
                        href={tableHref(account, { category: [row.category] })}
                        className="rounded-sm underline-offset-2 hover:underline"
                        aria-label={t("matrix.rowLabel", { count: row.total, category: row.label })}
                      >
                        {format.number(row.total)}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
