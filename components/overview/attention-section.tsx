"use client";

import { ArrowUpRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { tableHref } from "@/lib/templates/overview-links";
import { ATTENTION_QUALITIES } from "@/lib/templates/quality-scale";
import { AttentionListCard } from "./attention-list-card";
import { OverviewSection } from "./overview-section";
import { RejectedReasonsCard } from "./rejected-reasons-card";
import type { OverviewLabels } from "./use-overview-labels";

export interface AttentionSectionProps {
  account: string;
  data: OverviewResponse;
  labels: OverviewLabels;
  accountLabels: Record<string, string> | null;
}

/** What to look at now: low/medium quality, paused/disabled, and rejected by reason with fixes. */
export function AttentionSection({ account, data, labels, accountLabels }: AttentionSectionProps) {
  const t = useTranslations("overview.attention");
  const { attention } = data;
  return (
    <OverviewSection
      id="attention"
      title={t("title")}
      description={t("subtitle", { count: attention.total })}
      action={
        attention.total > 0 && (
          <Link
            href={tableHref(account, { view: "attention" })}
            className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline"
            data-testid="attention-view-link"
          >
            {t("openView")}
            <ArrowUpRight aria-hidden className="size-3.5" />
          </Link>
        )
      }
    >
      <div className="grid min-w-0 gap-3 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-3">
          <AttentionListCard
            testId="attention-quality"
            title={t("quality.title")}
            hint={t("quality.hint")}
            list={attention.quality}
            href={tableHref(account, { quality: [...ATTENTION_QUALITIES], sort: "-quality" })}
            labels={labels}
            accountLabels={accountLabels}
            show="quality"
          />
          <AttentionListCard
            testId="attention-paused"
            title={t("paused.title")}
            hint={t("paused.hint")}
            list={attention.paused}
            href={tableHref(account, { status: ["PAUSED", "DISABLED"] })}
            labels={labels}
            accountLabels={accountLabels}
            show="status"
          />
        </div>
        <RejectedReasonsCard
          rejected={attention.rejected}
          href={tableHref(account, { status: ["REJECTED"] })}
          labels={labels}
          accountLabels={accountLabels}
        />
      </div>
    </OverviewSection>
  );
}
