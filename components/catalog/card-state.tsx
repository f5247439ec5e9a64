"use client";

import { AlertOctagon } from "lucide-react";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * The faces of a section inside a page (a card, a tab, a feed) while it loads, when it failed and
 * when it has nothing to show. Smaller than StateBlock (a whole page's state), same wording rules:
 * say what happened, then offer the way out.
 */

export function CardLoading({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div className="flex flex-col gap-2" data-testid="card-loading">
      <span className="sr-only" role="status">
        {label}
      </span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} className="h-6 w-full" />
      ))}
    </div>
  );
}

export interface CardErrorProps {
  /** What failed, in the user's words ("The trends could not be loaded."). */
  title: string;
  /** Why, when known (the API's message), or what to do. */
  detail?: string;
  onRetry: () => void;
  retrying: boolean;
}

export function CardError({ title, detail, onRetry, retrying }: CardErrorProps) {
  const tc = useTranslations("common.actions");
  return (
    <div
      role="alert"
      className="flex flex-wrap items-start gap-x-3 gap-y-2 rounded-md border border-danger/30 bg-danger-soft p-3 text-sm"
      data-testid="card-error"
    >
      <AlertOctagon aria-hidden className="mt-0.5 size-4 shrink-0 text-danger" />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <p className="font-medium">{title}</p>
        {detail && <p className="text-muted-foreground">{detail}</p>}
      </div>
      <Button size="sm" variant="outline" onClick={onRetry} disabled={retrying}>
        {tc("retry")}
      </Button>
    </div>
  );
}

export interface CardEmptyProps {
  icon?: React.ReactNode;
  title: string;
  body?: React.ReactNode;
  action?: React.ReactNode;
  testId: string;
}

export function CardEmpty({ icon, title, body, action, testId }: CardEmptyProps) {
  return (
    <div
      className="flex flex-col items-center gap-2 rounded-md border border-dashed border-border px-4 py-6 text-center"
      data-testid={testId}
    >
      {icon && <span className="text-muted-foreground">{icon}</span>}
      <p className="text-sm font-medium">{title}</p>
      {body && <div className="max-w-md text-sm text-muted-foreground">{body}</div>}
      {action}
    </div>
  );
}

/** What CardQueryFace reads of a TanStack query. */
export interface CardQuery {
  isError: boolean;
  isFetching: boolean;
  data: unknown;
  refetch: () => unknown;
}

/**
 * A card's content from its query: the error with a retry (nothing shown yet), the loading rows,
 * the empty face, or the content. Data already shown stays while a refetch fails.
 */
export function CardQueryFace({
  query,
  errorTitle,
  loadingLabel,
  empty,
  children,
}: {
  query: CardQuery;
  errorTitle: string;
  loadingLabel: string;
  /** The empty face, or null when there is something to show. */
  empty: React.ReactNode | null;
  children: React.ReactNode;
}) {
  if (query.isError && !query.data)
    return <CardError title={errorTitle} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (!query.data) return <CardLoading label={loadingLabel} />;
  return <>{empty ?? children}</>;
}
