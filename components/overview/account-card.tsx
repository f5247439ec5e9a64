"use client";

import { ArrowUpRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { AccountFreshness } from "@/components/catalog/account-freshness";
import { useApiErrorMessage } from "@/components/catalog/use-api-error-message";
import type { AccountOverview } from "@/lib/templates/overview-contract";
import { overviewHref, type TableFilter, tableHref } from "@/lib/templates/overview-links";
import { AccountMetrics } from "./account-metrics";
import type { OverviewLabels } from "./use-overview-labels";

export interface AccountCardProps {
  account: AccountOverview;
  labels: OverviewLabels;
  /** Rank among the accounts by problems (1 = most), shown when comparing several. */
  rank: number;
}

/**
 * One WhatsApp number: how many templates, how many approved, how many need attention and why
 * (rejected, paused, disabled, low and medium quality, the top rejection reasons). Every number
 * opens the table filtered to exactly those templates of this account.
 */
export function AccountCard({ account, labels, rank }: AccountCardProps) {
  const t = useTranslations("overview.accounts");
  const errorMessage = useApiErrorMessage();
  const headingId = useId();
  const link = (filter: TableFilter = {}) => tableHref(account.id, filter);
  return (
    <article
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col gap-4 rounded-lg border border-border bg-card p-4"
      data-testid="account-card"
      data-account={account.id}
    >
      <header className="flex min-w-0 items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="truncate text-base font-semibold">
            <Link href={overviewHref(account.id)} className="rounded-sm hover:underline">
              {account.label}
            </Link>
          </h3>
          <p className="font-mono text-xs text-muted-foreground">{account.maskedPhone}</p>
        </div>
        <span
          className="shrink-0 rounded-full bg-muted px-2 py-0.5 text-xs tabular-nums text-muted-foreground"
          title={t("rankHint")}
        >
          {t("rank", { rank })}
        </span>
      </header>
      <AccountFreshness catalog={account.catalog} />

      {account.total === 0 && account.catalog.error ? (
        <p
          role="status"
          className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger"
          data-testid="account-no-data"
        >
          {t("noData", { message: errorMessage(account.catalog.error) })}
        </p>
      ) : (
        <AccountMetrics account={account} labels={labels} />
      )}

      <footer className="mt-auto flex flex-wrap gap-x-4 gap-y-1 border-t border-border pt-3 text-sm">
        <Link href={overviewHref(account.id)} className="font-medium text-primary hover:underline">
          {t("focus")}
          <span className="sr-only">: {account.label}</span>
        </Link>
        <Link href={link()} className="inline-flex items-center gap-1 text-primary hover:underline">
          {t("openTable")}
          <span className="sr-only">: {account.label}</span>
          <ArrowUpRight aria-hidden className="size-3.5" />
        </Link>
      </footer>
    </article>
  );
}
