"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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

interface Row {
  category: string;
  label: string;
  total: number;
  [quality: string]: string | number;
}

const ROW_HEIGHT = 30;
const AXIS_WIDTH = 132;
const TICK_CHARS = 17;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string };
}

/** One line per category (recharts would wrap long labels); the table beside has the full name. */
function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
  const value = payload?.value ?? "";
  const text = value.length > TICK_CHARS ? `${value.slice(0, TICK_CHARS - 1)}…` : value;
  return (
    <text
      x={Number(x) - 4}
      y={Number(y)}
      dy={4}
      textAnchor="end"
      fontSize={11}
      fill="var(--muted-foreground)"
    >
      {text}
    </text>
  );
}

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
              <ResponsiveContainer width="100%" height="100%">
                <BarChart
                  data={rows}
                  layout="vertical"
                  stackOffset="expand"
                  accessibilityLayer={false}
                  margin={{ top: 0, right: 8, bottom: 0, left: 0 }}
                  barCategoryGap={6}
                >
                  <XAxis
                    type="number"
                    domain={[0, 1]}
                    ticks={[0, 0.5, 1]}
                    tickFormatter={(v: number) => format.number(v, { style: "percent" })}
                    tick={{ fill: "var(--muted-foreground)", fontSize: 11 }}
                    stroke="var(--border)"
                  />
                  <YAxis
                    type="category"
                    dataKey="label"
                    width={AXIS_WIDTH}
                    tick={CategoryTick}
                    stroke="var(--border)"
                    interval={0}
                  />
                  <Tooltip
                    cursor={{ fill: "var(--accent)" }}
                    content={({ active, payload }) => {
                      const row = payload?.[0]?.payload as Row | undefined;
                      if (!active || !row) return null;
                      return (
                        <div className="rounded-md border border-border bg-popover px-3 py-2 text-xs text-popover-foreground shadow-md">
                          <p className="mb-1 font-medium">{row.label}</p>
                          {qualities.map((q) => (
                            <p key={q} className="flex items-center gap-2 tabular-nums">
                              <span
                                className="size-2 rounded-[2px]"
                                style={{ background: qualityColor(q) }}
                              />
                              {labels.quality(q)}: {format.number(Number(row[q] ?? 0))}
                            </p>
                          ))}
                        </div>
                      );
                    }}
                  />
                  {qualities.map((q) => (
                    <Bar
                      key={q}
                      dataKey={q}
                      stackId="quality"
                      fill={qualityColor(q)}
                      stroke="var(--card)"
                      strokeWidth={1}
                      isAnimationActive={false}
                      cursor="pointer"
                      onClick={(entry) => {
                        const row = (entry as { payload?: Row }).payload;
                        if (row) router.push(tableHref(account, { category: [row.category], quality: [q] }));
                      }}
                    />
                  ))}
                </BarChart>
              </ResponsiveContainer>
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
