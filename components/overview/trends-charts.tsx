"use client";

import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

/** One chart's series: a key of the rows, its label and colour. */
export interface TrendSeries {
  key: string;
  label: string;
  color: string;
}

export interface TrendChartProps {
  kind: "area" | "line" | "bar";
  rows: readonly Record<string, number | string>[];
  series: readonly TrendSeries[];
  /** Short day label for the axis and the tooltip. */
  dayLabel: (day: string) => string;
}

const AXIS = { fontSize: 11, fill: "var(--muted-foreground)" };

/**
 * The recharts part of the trends, loaded on demand (next/dynamic) so the overview's first load
 * stays small. Hovering or focusing (keyboard: Tab into the chart, then arrows) shows the day's
 * counts; the same numbers are in the table next to each chart for screen readers.
 */
export default function TrendChart({ kind, rows, series, dayLabel }: TrendChartProps) {
  const common = {
    data: rows as Record<string, number | string>[],
    margin: { top: 8, right: 8, bottom: 0, left: 0 },
    accessibilityLayer: true,
  };
  const axes = (
    <>
      <CartesianGrid stroke="var(--border)" vertical={false} />
      <XAxis dataKey="day" tickFormatter={dayLabel} tick={AXIS} stroke="var(--border)" minTickGap={24} />
      <YAxis allowDecimals={false} tick={AXIS} stroke="var(--border)" width={48} />
      <Tooltip
        labelFormatter={(d) => dayLabel(String(d))}
        contentStyle={{
          background: "var(--popover)",
          border: "1px solid var(--border)",
          borderRadius: 6,
          color: "var(--popover-foreground)",
          fontSize: 12,
        }}
        cursor={{ fill: "var(--accent)", stroke: "var(--border)" }}
      />
    </>
  );
  return (
    <ResponsiveContainer width="100%" height={200}>
      {kind === "area" ? (
        <AreaChart {...common}>
          {axes}
          {series.map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="1"
              stroke={s.color}
              fill={s.color}
              fillOpacity={0.85}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      ) : kind === "line" ? (
        <LineChart {...common}>
          {axes}
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart {...common}>
          {axes}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
