import type * as React from "react";

export interface OverviewSectionProps {
  id: string;
  title: string;
  description?: React.ReactNode;
  /** Right-aligned next to the title (a link to the table, a count). */
  action?: React.ReactNode;
  children: React.ReactNode;
}

/** A titled part of the overview page (h2), reachable by its id. */
export function OverviewSection({ id, title, description, action, children }: OverviewSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="flex min-w-0 scroll-mt-20 flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold tracking-tight">
            {title}
          </h2>
          {description && <p className="text-sm text-muted-foreground">{description}</p>}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}
