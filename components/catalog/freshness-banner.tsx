import type * as React from "react";
import { cn } from "@/lib/utils/cn";

export interface FreshnessBannerProps {
  /** `danger`: the rows are partial (an alert); `warning`: complete but old (a status). */
  tone: "danger" | "warning";
  testId: string;
  icon: React.ReactNode;
  title: string;
  body: string;
  action: React.ReactNode;
  /** An extra line under the body (e.g. the circuit breaker's pause). */
  note?: React.ReactNode;
}

const TONES = {
  danger: { role: "alert", box: "border-danger/30 bg-danger-soft", title: "text-danger" },
  warning: { role: "status", box: "border-warning/30 bg-warning-soft", title: "text-warning" },
} as const;

/** Why the catalog above the table is not whole or not current, with a way to refresh it. */
export function FreshnessBanner({ tone, testId, icon, title, body, action, note }: FreshnessBannerProps) {
  const style = TONES[tone];
  return (
    <div
      role={style.role}
      className={cn("flex flex-wrap items-center gap-3 rounded-lg border px-4 py-3 text-sm", style.box)}
      data-testid={testId}
    >
      {icon}
      <div className="min-w-0 flex-1">
        <p className={cn("font-medium", style.title)}>{title}</p>
        <p className="text-foreground/80">{body}</p>
        {note}
      </div>
      {action}
    </div>
  );
}
