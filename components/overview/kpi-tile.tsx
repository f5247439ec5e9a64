import Link from "next/link";
import type * as React from "react";
import { cn } from "@/lib/utils/cn";

export type KpiTone = "default" | "success" | "warning" | "danger";

export interface KpiTileProps {
  label: string;
  value: string;
  /** Secondary line under the value, e.g. "3,120 of 4,000". */
  detail?: React.ReactNode;
  href: string;
  tone?: KpiTone;
  testId: string;
  /** The raw number shown (for tests comparing with the table). */
  count: number;
}

const TONE: Record<KpiTone, string> = {
  default: "text-foreground",
  success: "text-success",
  warning: "text-warning",
  danger: "text-danger",
};

/** One headline number; the whole tile links to the table view it counts. */
export function KpiTile({ label, value, detail, href, tone = "default", testId, count }: KpiTileProps) {
  return (
    <Link
      href={href}
      data-testid={testId}
      data-count={count}
      className="group flex min-w-0 flex-col gap-1 rounded-lg border border-border bg-card px-4 py-3 transition-colors hover:border-ring/60 hover:bg-accent/40"
    >
      <span className="truncate text-xs font-medium text-muted-foreground">{label}</span>
      <span className={cn("text-2xl font-semibold tabular-nums leading-tight", TONE[tone])}>{value}</span>
      {detail && <span className="truncate text-xs text-muted-foreground">{detail}</span>}
    </Link>
  );
}
