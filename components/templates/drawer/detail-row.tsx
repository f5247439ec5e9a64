import type * as React from "react";

export interface DetailRowProps {
  label: React.ReactNode;
  children: React.ReactNode;
  testId?: string;
}

/** One term/description pair of the details list (inside a <dl>). */
export function DetailRow({ label, children, testId }: DetailRowProps) {
  return (
    <div
      data-testid={testId}
      className="grid grid-cols-1 gap-x-4 gap-y-0.5 border-b border-border py-2.5 last:border-b-0 sm:grid-cols-[9rem_minmax(0,1fr)]"
    >
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  );
}
