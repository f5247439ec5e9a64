"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { qualityColor } from "./chart-colors";
import type { OverviewLabels } from "./use-overview-labels";

export interface MatrixRow {
  category: string;
  label: string;
  total: number;
  [quality: string]: string | number;
}

type Row = MatrixRow;

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

export interface QualityMatrixChartProps {
  rows: Row[];
  qualities: string[];
  labels: OverviewLabels;
  onSelect: (category: string, quality: string) => void;
}

/** The stacked bars of the quality matrix (recharts): loaded on demand by quality-matrix-card.tsx. */
export function QualityMatrixChart({ rows, qualities, labels, onSelect }: QualityMatrixChartProps) {
  const format = useFormatter();
  return (
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
                    <span className="size-2 rounded-[2px]" style={{ background: qualityColor(q) }} />
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
              if (row) onSelect(row.category, q);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
