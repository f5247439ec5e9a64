"use client";

import { ChevronRight } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { RejectedGroup } from "@/lib/templates/overview-contract";
import { EntryList } from "./entry-list";
import type { OverviewLabels } from "./use-overview-labels";

export interface RejectedReasonGroupProps {
  group: RejectedGroup;
  labels: OverviewLabels;
  accountLabels: Record<string, string> | null;
  defaultOpen: boolean;
}

/**
 * One rejection reason: how many templates (per account when comparing), what Meta means by it,
 * how to fix it, and the templates. A native <details>, so it opens with the keyboard for free.
 */
export function RejectedReasonGroup({ group, labels, accountLabels, defaultOpen }: RejectedReasonGroupProps) {
  const t = useTranslations("overview.attention.rejected");
  const format = useFormatter();
  const guidance = labels.reason(group.reason);
  const perAccount = accountLabels ? Object.entries(group.byAccount) : [];
  return (
    <li data-testid="rejected-group" data-reason={group.reason} data-count={group.count}>
      <details open={defaultOpen} className="group/details rounded-md border border-border">
        <summary className="flex cursor-pointer list-none items-start gap-2 rounded-md px-3 py-2.5 hover:bg-accent/50 [&::-webkit-details-marker]:hidden">
          <ChevronRight
            aria-hidden
            className="mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform group-open/details:rotate-90"
          />
          <span className="flex min-w-0 flex-1 flex-col gap-1">
            <span className="flex items-baseline justify-between gap-3">
              <span className="font-medium">{guidance.title}</span>
              <span className="shrink-0 rounded-full bg-danger-soft px-2 py-0.5 text-xs font-semibold tabular-nums text-danger">
                {format.number(group.count)}
              </span>
            </span>
            {perAccount.length > 0 && (
              <span className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted-foreground">
                {perAccount.map(([account, n]) => (
                  <span key={account} className="tabular-nums">
                    {t("perAccount", { account: accountLabels?.[account] ?? account, count: n })}
                  </span>
                ))}
              </span>
            )}
          </span>
        </summary>
        <div className="flex flex-col gap-3 border-t border-border px-3 pb-3 pt-3 text-sm">
          {guidance.meaning && (
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
                {t("meaning")}
              </p>
              <p>{guidance.meaning}</p>
            </div>
          )}
          {guidance.fix && (
            <div className="rounded-md bg-info-soft px-3 py-2">
              <p className="text-xs font-medium uppercase tracking-wide text-info">{t("fix")}</p>
              <p>{guidance.fix}</p>
              {group.reason === "INVALID_FORMAT" && (
                <p className="mt-1 text-xs text-muted-foreground">{t("formatHint")}</p>
              )}
            </div>
          )}
          <EntryList
            entries={group.items}
            labels={labels}
            accountLabels={accountLabels}
            show="status"
            initial={5}
          />
          {group.count > group.items.length && (
            <p className="text-xs text-muted-foreground">
              {t("capped", { shown: group.items.length, total: group.count })}
            </p>
          )}
        </div>
      </details>
    </li>
  );
}
