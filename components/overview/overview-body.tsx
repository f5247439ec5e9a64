"use client";

import { CatalogFreshness } from "@/components/catalog/catalog-freshness";
import { useRefreshCatalog } from "@/components/catalog/use-refresh-catalog";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { AccountCards } from "./account-cards";
import { AttentionSection } from "./attention-section";
import { CoverageSection } from "./coverage-section";
import { DistributionsSection } from "./distributions-section";
import { OverviewEmpty } from "./overview-empty";
import { ScopeSummary } from "./scope-summary";
import { TrendsSection } from "./trends-section";
import { useOverviewLabels } from "./use-overview-labels";

export interface OverviewBodyProps {
  account: string;
  data: OverviewResponse;
  /** Several accounts are shown (account cards, account labels on entries). */
  multi: boolean;
  /** The answer is the previous scope's while the new one loads. */
  dimmed: boolean;
}

/**
 * Everything the overview draws from its answer: freshness, then the empty state or the sections.
 * Loaded on demand by OverviewView (its code is fetched alongside the answer), since before the
 * answer the page shows its skeleton.
 */
export function OverviewBody({ account, data, multi, dimmed }: OverviewBodyProps) {
  const refresh = useRefreshCatalog(account);
  const labels = useOverviewLabels();
  const accountLabels = multi ? Object.fromEntries(data.accounts.map((a) => [a.id, a.label])) : null;
  return (
    <>
      <CatalogFreshness
        catalog={data.catalog}
        onRefresh={() => refresh.mutate()}
        refreshing={refresh.isPending}
      />
      {data.total === 0 && data.catalog.complete ? (
        <>
          {multi && <AccountCards accounts={data.accounts} labels={labels} />}
          <OverviewEmpty all={multi} />
        </>
      ) : (
        <div
          className="flex min-w-0 flex-col gap-10 transition-opacity data-[dimmed=true]:opacity-60"
          data-dimmed={dimmed}
          data-testid="overview-content"
          data-scope={data.scope}
        >
          <ScopeSummary account={account} data={data} />
          {multi && <AccountCards accounts={data.accounts} labels={labels} />}
          <AttentionSection account={account} data={data} labels={labels} accountLabels={accountLabels} />
          <DistributionsSection account={account} data={data} labels={labels} />
          <TrendsSection account={account} />
          <CoverageSection coverage={data.coverage} labels={labels} accountLabels={accountLabels} />
        </div>
      )}
    </>
  );
}
