"use client";

import { useTranslations } from "next-intl";
import type { FacetCounts } from "@/lib/templates/list-contract";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { type TableFilter, tableHref } from "@/lib/templates/overview-links";
import { orderQualities } from "@/lib/templates/quality-scale";
import { categoryColors, qualityColors, statusColors } from "./chart-colors";
import { DistributionCard, type DistributionItem } from "./distribution-card";
import { OverviewSection } from "./overview-section";
import { QualityMatrixCard } from "./quality-matrix-card";
import type { OverviewLabels } from "./use-overview-labels";

export interface DistributionsSectionProps {
  account: string;
  data: OverviewResponse;
  labels: OverviewLabels;
}

function itemsOf(
  counts: FacetCounts,
  order: string[],
  colors: Record<string, string>,
  label: (value: string) => string,
  href: (value: string) => string,
): DistributionItem[] {
  return order.map((value) => ({
    value,
    label: label(value),
    count: counts[value] ?? 0,
    color: colors[value] ?? "var(--neutral)",
    href: href(value),
  }));
}

/** Status, quality and category distributions, and quality by category. */
export function DistributionsSection({ account, data, labels }: DistributionsSectionProps) {
  const t = useTranslations("overview.charts");
  const { status, quality, category } = data.facets;
  const link = (filter: TableFilter) => tableHref(account, filter);
  // Facets come largest first; quality reads better best-to-worst.
  const statusOrder = Object.keys(status);
  const qualityOrder = orderQualities(Object.keys(quality));
  const categoryOrder = Object.keys(category);
  return (
    <OverviewSection id="distributions" title={t("title")} description={t("subtitle")}>
      <div className="grid min-w-0 gap-3 md:grid-cols-2 xl:grid-cols-3">
        <DistributionCard
          kind="status"
          title={t("status.title")}
          description={t("status.description")}
          total={data.total}
          items={itemsOf(status, statusOrder, statusColors(statusOrder), labels.status, (v) =>
            link({ status: [v] }),
          )}
        />
        <DistributionCard
          kind="quality"
          title={t("quality.title")}
          description={t("quality.description")}
          total={data.total}
          items={itemsOf(quality, qualityOrder, qualityColors(qualityOrder), labels.quality, (v) =>
            link({ quality: [v] }),
          )}
        />
        <DistributionCard
          kind="category"
          title={t("category.title")}
          description={t("category.description")}
          total={data.total}
          items={itemsOf(category, categoryOrder, categoryColors(categoryOrder), labels.category, (v) =>
            link({ category: [v] }),
          )}
        />
      </div>
      <QualityMatrixCard account={account} matrix={data.qualityByCategory} labels={labels} />
    </OverviewSection>
  );
}
