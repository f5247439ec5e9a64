"use client";

import { useTranslations } from "next-intl";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { CoverageAccountBlock } from "./coverage-account-block";
import { OverviewSection } from "./overview-section";
import type { OverviewLabels } from "./use-overview-labels";
import { useShareFormat } from "./use-share-format";

export interface CoverageSectionProps {
  coverage: OverviewResponse["coverage"];
  labels: OverviewLabels;
  accountLabels: Record<string, string> | null;
}

/** Names that lack an approved version in a language their account uses (rule in overview.ts). */
export function CoverageSection({ coverage, labels, accountLabels }: CoverageSectionProps) {
  const t = useTranslations("overview.coverage");
  const share = useShareFormat();
  return (
    <OverviewSection
      id="coverage"
      title={t("title")}
      description={t("rule", { share: share(coverage.rule.minShare), min: coverage.rule.minNames })}
    >
      {coverage.accounts.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <div className="grid min-w-0 gap-3">
          {coverage.accounts.map((c) => (
            <CoverageAccountBlock
              key={c.account}
              coverage={c}
              labels={labels}
              accountLabel={accountLabels ? (accountLabels[c.account] ?? c.account) : null}
            />
          ))}
        </div>
      )}
    </OverviewSection>
  );
}
