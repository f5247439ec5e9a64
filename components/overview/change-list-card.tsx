"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { CardEmpty, type CardQuery, CardQueryFace } from "@/components/catalog/card-state";
import { templateHistoryHref } from "@/lib/history/activity-url-grammar";
import type { ChangeEvent } from "@/lib/history/change-event";

/**
 * The overview's lists of changes (Recently degraded, Category watch): a titled card with a link to
 * the activity feed, its loading/error/empty faces, and the rows the caller draws.
 */
export function ChangeListCard({
  id,
  title,
  description,
  allHref,
  allLabel,
  query,
  errorTitle,
  loadingLabel,
  empty,
  footer,
  children,
}: {
  /** Names the section (`${id}-title`) and its test id; `${id}-empty` for the empty face. */
  id: string;
  title: string;
  description: string;
  allHref: string;
  allLabel: string;
  query: CardQuery;
  errorTitle: string;
  loadingLabel: string;
  /** The empty face when the list has nothing to show, else null. */
  empty: { icon: ReactNode; title: string; body: string } | null;
  /** Below the list, whatever its state (Category watch's cost note). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-2 rounded-lg border border-border bg-card p-4 shadow-xs"
      data-testid={id}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="text-sm font-semibold">
          {title}
        </h3>
        <Link href={allHref} className="text-xs text-primary underline-offset-4 hover:underline">
          {allLabel}
        </Link>
      </div>
      <p className="text-xs text-muted-foreground">{description}</p>
      <CardQueryFace
        query={query}
        errorTitle={errorTitle}
        loadingLabel={loadingLabel}
        empty={empty ? <CardEmpty testId={`${id}-empty`} {...empty} /> : null}
      >
        {children}
      </CardQueryFace>
      {footer}
    </section>
  );
}

/** A change's template: its name (to its History tab) and language (one name, several languages). */
export function ChangeTemplateName({ event }: { event: ChangeEvent }) {
  return (
    <span className="flex flex-wrap items-baseline gap-x-2">
      <Link
        href={templateHistoryHref(event.account, event.templateId)}
        className="min-w-0 break-all font-medium underline-offset-4 hover:underline"
      >
        {event.name}
      </Link>
      <span className="font-mono text-xs text-muted-foreground">{event.language}</span>
    </span>
  );
}
