"use client";

import { Building2, Layers } from "lucide-react";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { lazy, Suspense, useEffect } from "react";
import { Forbidden } from "@/components/catalog/forbidden";
import { LoadError } from "@/components/catalog/load-error";
import { NoAccounts } from "@/components/catalog/no-accounts";
import { useApiErrorMessage } from "@/components/catalog/use-api-error-message";
import { ALL_ACCOUNTS } from "@/lib/accounts/account-scope";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { ConsoleApiError } from "@/lib/query/fetch-json";
import { templateSearchParams } from "@/lib/templates/search-params";
import { OverviewNotFound } from "./overview-not-found";
import { OverviewSkeleton } from "./overview-skeleton";
import { useOverview } from "./use-overview";

// The sections draw the answer, which the browser fetches after the page loads (the first paint
// is the skeleton): their code loads alongside it, not with the page.
const loadBody = () => import("./overview-body");
const OverviewBody = lazy(() => loadBody().then((m) => ({ default: m.OverviewBody })));

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
  const errorMessage = useApiErrorMessage();
  useEffect(() => {
    void loadBody();
  }, []);

  if (accounts.length === 0) return <NoAccounts />;
  const error = overview.error instanceof ConsoleApiError ? overview.error : null;
  if (error?.status === 403) return <Forbidden />;
  if (error?.status === 404) return <OverviewNotFound account={account} />;

  const data = overview.data;
  const current = accounts.find((a) => a.id === account);
  const multi = (data?.accounts.length ?? (account === ALL_ACCOUNTS ? accounts.length : 1)) > 1;

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

      {overview.isError && !data ? (
        <LoadError
          message={error ? errorMessage(error.body) : String(overview.error)}
          onRetry={() => void overview.refetch()}
          retrying={overview.isFetching}
        />
      ) : !data ? (
        <OverviewSkeleton />
      ) : (
        <Suspense fallback={<OverviewSkeleton />}>
          <OverviewBody account={account} data={data} multi={multi} dimmed={overview.isPlaceholderData} />
        </Suspense>
      )}
    </div>
  );
}
