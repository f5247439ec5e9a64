"use client";

import { cn } from "@/lib/utils/cn";
import { useEnumLabels } from "./use-enum-labels";

/** Dot styles per quality value (NONE = no quality_score); shared with the quality filter. */
export const QUALITY_DOT: Record<string, string> = {
  GREEN: "bg-success",
  YELLOW: "bg-warning",
  RED: "bg-danger",
  UNKNOWN: "bg-neutral/40 ring-1 ring-inset ring-neutral",
  NONE: "border border-dashed border-neutral",
};

export interface QualityIndicatorProps {
  quality: string | null;
  className?: string;
}

/** Coloured dot + label; the label carries the meaning, the colour only repeats it. */
export function QualityIndicator({ quality, className }: QualityIndicatorProps) {
  const labels = useEnumLabels();
  return (
    <span className={cn("inline-flex items-center gap-1.5 whitespace-nowrap", className)}>
      <span
        aria-hidden
        className={cn("size-2.5 shrink-0 rounded-full", QUALITY_DOT[quality ?? "NONE"] ?? "bg-neutral")}
      />
      <span className={quality ? undefined : "text-muted-foreground"}>{labels.quality(quality)}</span>
    </span>
  );
}
