"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CardEmpty, type CardQuery, CardQueryFace } from "@/components/catalog/card-state";
import { templateHistoryHref } from "@/lib/history/activity-url-grammar";
import type { ChangeEvent } from "@/lib/history/change-event";

/** Message namespaces of the overview's change lists; each has the keys the card reads. */
type ChangeListMessages = "overview.trends.degraded" | "overview.trends.categoryWatch";

/**
 * The overview's lists of changes (Recently degraded, Category watch): a titled card with a link to
 * the activity feed, its loading/error/empty faces, and the rows the caller draws. Its texts come
 * from `messages` (title, description, all, error, loading, none, noneBody).
 */
export function ChangeListCard({
  id,
  messages,
  allHref,
  query,
  emptyIcon,
  footer,
  children,
}: {
  /** Names the section (`${id}-title`) and its test id; `${id}-empty` for the empty face. */
  id: string;
  messages: ChangeListMessages;
  allHref: string;
  query: CardQuery;
  /** The empty face's icon when the list has nothing to show, else null (the rows are drawn). */
  emptyIcon: ReactNode | null;
  /** Below the list, whatever its state (Category watch's cost note). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations(messages);
  const title = t("title");
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
          {t("all")}
        </Link>
      </div>
      <p className="text-xs text-muted-foreground">{t("description")}</p>
      <CardQueryFace
        query={query}
        errorTitle={t("error")}
        loadingLabel={t("loading")}
        empty={
          emptyIcon === null ? null : (
            <CardEmpty testId={`${id}-empty`} icon={emptyIcon} title={t("none")} body={t("noneBody")} />
          )
        }
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
