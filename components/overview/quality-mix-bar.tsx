"use client";

import type { FacetCounts } from "@/lib/templates/list-contract";
import { orderQualities } from "@/lib/templates/quality-scale";
import { qualityColor } from "./chart-colors";

export interface QualityMixBarProps {
  quality: FacetCounts;
}

/**
 * A thin bar of an account's ratings (best to worst), for comparing numbers at a glance. Purely
 * visual: the card lists the same numbers as text and links.
 */
export function QualityMixBar({ quality }: QualityMixBarProps) {
  const total = Object.values(quality).reduce((a, b) => a + b, 0);
  if (total === 0) return <div aria-hidden className="h-2 rounded-full bg-muted" />;
  return (
    <div aria-hidden className="flex h-2 overflow-hidden rounded-full bg-muted">
      {orderQualities(Object.keys(quality)).map((q) => {
        const n = quality[q] ?? 0;
        return n > 0 ? (
          <span
            key={q}
            className="h-full"
            style={{ width: `${(n / total) * 100}%`, background: qualityColor(q) }}
          />
        ) : null;
      })}
    </div>
  );
}
