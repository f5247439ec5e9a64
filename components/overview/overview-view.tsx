"use client";

import { Building2, Layers } from "lucide-react";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { CatalogFreshness } from "@/components/catalog/catalog-freshness";
import { Forbidden } from "@/components/catalog/forbidden";
import { LoadError } from "@/components/catalog/load-error";
import { NoAccounts } from "@/components/catalog/no-accounts";
import { useApiErrorMessage } from "@/components/catalog/use-api-error-message";
import { useRefreshCatalog } from "@/components/catalog/use-refresh-catalog";
import { ALL_ACCOUNTS } from "@/lib/accounts/account-scope";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { ConsoleApiError } from "@/lib/query/fetch-json";
import { templateSearchParams } from "@/lib/templates/search-params";
import { AccountCards } from "./account-cards";
import { AttentionSection } from "./attention-section";
import { CoverageSection } from "./coverage-section";
import { DistributionsSection } from "./distributions-section";
import { OverviewEmpty } from "./overview-empty";
import { OverviewNotFound } from "./overview-not-found";
import { OverviewSkeleton } from "./overview-skeleton";
import { ScopeSummary } from "./scope-summary";
import { TrendsSection } from "./trends-section";
import { useOverview } from "./use-overview";
import { useOverviewLabels } from "./use-overview-labels";

export interface OverviewViewProps {
  accounts: AccountSummary[];
}

/**
 * The overview page: headline numbers, one card per number (most problems first), distributions,
 * what needs attention and language coverage — for the account in the URL (`?account=`, shared
 * with the table and the account switcher) or all accounts the user may see.
 */
export function OverviewView({ accounts }: OverviewViewProps) {
  const t = useTranslations("overview");
  const tAccount = useTranslations("common.account");
  const [{ account }] = useQueryStates({ account: templateSearchParams.account });
  const overview = useOverview(account);
  const refresh = useRefreshCatalog(account);
  const errorMessage = useApiErrorMessage();
  const labels = useOverviewLabels();

  if (accounts.length === 0) return <NoAccounts />;
  const error = overview.error instanceof ConsoleApiError ? overview.error : null;
  if (error?.status === 403) return <Forbidden />;
  if (error?.status === 404) return <OverviewNotFound account={account} />;

  const data = overview.data;
  const current = accounts.find((a) => a.id === account);
  const multi = (data?.accounts.length ?? (account === ALL_ACCOUNTS ? accounts.length : 1)) > 1;
  const accountLabels = multi && data ? Object.fromEntries(data.accounts.map((a) => [a.id, a.label])) : null;
  const onRefresh = () => refresh.mutate();

  return (
    <div className="flex min-w-0 flex-col gap-8">
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
        <p className="mt-1 inline-flex min-w-0 items-center gap-1.5 text-sm" data-testid="overview-scope">
          {current ? (
            <>
              <Building2 aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              <span className="truncate font-medium">{current.label}</span>
              <span className="font-mono text-xs text-muted-foreground">{current.maskedPhone}</span>
            </>
          ) : (
            <>
              <Layers aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              <span className="font-medium">{tAccount("all")}</span>
              <span className="text-muted-foreground">
                · {tAccount("allDescription", { count: data?.accounts.length ?? accounts.length })}
              </span>
            </>
          )}
        </p>
      </header>

      {data && (
        <CatalogFreshness catalog={data.catalog} onRefresh={onRefresh} refreshing={refresh.isPending} />
      )}

      {overview.isError && !data ? (
        <LoadError
          message={error ? errorMessage(error.body) : String(overview.error)}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      ) : !data ? (
        <OverviewSkeleton />
      ) : data.total === 0 && data.catalog.complete ? (
        <>
          {multi && <AccountCards accounts={data.accounts} labels={labels} />}
          <OverviewEmpty all={multi} />
        </>
      ) : (
        <div
          className="flex min-w-0 flex-col gap-10 transition-opacity data-[dimmed=true]:opacity-60"
          data-dimmed={overview.isPlaceholderData}
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
    </div>
  );
}
