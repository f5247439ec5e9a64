"use client";

import { ArrowUpRight } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { RejectedReasonGroup } from "./rejected-reason-group";
import type { OverviewLabels } from "./use-overview-labels";

export interface RejectedReasonsCardProps {
  rejected: OverviewResponse["attention"]["rejected"];
  href: string;
  labels: OverviewLabels;
  accountLabels: Record<string, string> | null;
}

/** Rejected templates grouped by Meta's reason, largest group first, each with what to do. */
export function RejectedReasonsCard({ rejected, href, labels, accountLabels }: RejectedReasonsCardProps) {
  const t = useTranslations("overview.attention.rejected");
  const ta = useTranslations("overview.attention");
  const format = useFormatter();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-card p-4"
      data-testid="attention-rejected"
      data-count={rejected.total}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold">
            {t("title")}{" "}
            <span className="ms-1 rounded-full bg-muted px-2 py-0.5 text-xs font-medium tabular-nums text-muted-foreground">
              {format.number(rejected.total)}
            </span>
          </h3>
          <p className="text-xs text-muted-foreground">{t("hint")}</p>
        </div>
        {rejected.total > 0 && (
          <Link
            href={href}
            className="inline-flex shrink-0 items-center gap-1 text-sm text-primary hover:underline"
          >
            {ta("openAll", { count: rejected.total })}
            <span className="sr-only">: {t("title")}</span>
            <ArrowUpRight aria-hidden className="size-3.5" />
          </Link>
        )}
      </div>
      {rejected.groups.length === 0 ? (
        <p className="py-2 text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {rejected.groups.map((group, i) => (
            <RejectedReasonGroup
              key={group.reason}
              group={group}
              labels={labels}
              accountLabels={accountLabels}
              defaultOpen={i === 0}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
