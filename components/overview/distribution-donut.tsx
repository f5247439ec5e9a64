"use client";

import { Pie, PieChart } from "recharts";

export interface DistributionDonutProps {
  data: { label: string; count: number; fill: string }[];
  size: number;
  onSelect: (index: number) => void;
}

/** The donut of a distribution card (recharts): loaded on demand by distribution-card.tsx. */
export function DistributionDonut({ data, size, onSelect }: DistributionDonutProps) {
  return (
    <PieChart width={size} height={size} accessibilityLayer={false} cursor="pointer">
      <Pie
        data={data}
        dataKey="count"
        nameKey="label"
        innerRadius={size / 2 - 20}
        outerRadius={size / 2 - 2}
        paddingAngle={data.length > 1 ? 1 : 0}
        stroke="var(--card)"
        strokeWidth={1}
        startAngle={90}
        endAngle={-270}
        isAnimationActive={false}
        rootTabIndex={-1}
        onClick={(_, index) => onSelect(index)}
      />
    </PieChart>
  );
}
