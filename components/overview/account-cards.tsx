"use client";

import { useTranslations } from "next-intl";
import type { AccountOverview } from "@/lib/templates/overview-contract";
import { AccountCard } from "./account-card";
import { OverviewSection } from "./overview-section";
import type { OverviewLabels } from "./use-overview-labels";

export interface AccountCardsProps {
  accounts: AccountOverview[];
  labels: OverviewLabels;
}

/** Every number in scope, most problems first (the API sorts), side by side for comparison. */
export function AccountCards({ accounts, labels }: AccountCardsProps) {
  const t = useTranslations("overview.accounts");
  return (
    <OverviewSection id="numbers" title={t("title")} description={t("subtitle")}>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {accounts.map((account, i) => (
          <AccountCard key={account.id} account={account} labels={labels} rank={i + 1} />
        ))}
      </div>
    </OverviewSection>
  );
}
