"use client";

import { ArrowUpRight } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import type { OverviewList } from "@/lib/templates/overview-contract";
import { EntryList } from "./entry-list";
import type { OverviewLabels } from "./use-overview-labels";

export interface AttentionListCardProps {
  testId: string;
  title: string;
  hint: string;
  list: OverviewList;
  /** The table filtered to every template of this list. */
  href: string;
  labels: OverviewLabels;
  accountLabels: Record<string, string> | null;
  show: "status" | "quality";
}

/** A "needs attention" list with its full count and a link to all of it in the table. */
export function AttentionListCard({
  testId,
  title,
  hint,
  list,
  href,
  labels,
  accountLabels,
  show,
}: AttentionListCardProps) {
  const t = useTranslations("overview.attention");
  const format = useFormatter();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-border bg-card p-4"
      data-testid={testId}
      data-count={list.total}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold">
            {title}{" "}
            <span className="ms-1 rounded-full bg-muted px-2 py-0.5 text-xs font-medium tabular-nums text-muted-foreground">
              {format.number(list.total)}
            </span>
          </h3>
          <p className="text-xs text-muted-foreground">{hint}</p>
        </div>
        {list.total > 0 && (
          <Link
            href={href}
            className="inline-flex shrink-0 items-center gap-1 text-sm text-primary hover:underline"
          >
            {t("openAll", { count: list.total })}
            <span className="sr-only">: {title}</span>
            <ArrowUpRight aria-hidden className="size-3.5" />
          </Link>
        )}
      </div>
      {list.total === 0 ? (
        <p className="py-2 text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <>
          <EntryList entries={list.items} labels={labels} accountLabels={accountLabels} show={show} />
          {list.total > list.items.length && (
            <p className="text-xs text-muted-foreground">
              {t("capped", { shown: list.items.length, total: list.total })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
