"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { tableHref } from "@/lib/templates/overview-links";
import { ATTENTION_QUALITIES } from "@/lib/templates/quality-scale";
import { KpiTile } from "./kpi-tile";
import { useShareFormat } from "./use-share-format";

export interface ScopeSummaryProps {
  account: string;
  data: OverviewResponse;
}

/** The headline numbers of the scope; each tile opens the table view it counts. */
export function ScopeSummary({ account, data }: ScopeSummaryProps) {
  const t = useTranslations("overview.kpi");
  const format = useFormatter();
  const share = useShareFormat();
  const { status, quality } = data.facets;
  const total = data.total;
  const approved = status.APPROVED ?? 0;
  const rejected = status.REJECTED ?? 0;
  const red = quality.RED ?? 0;
  const yellow = quality.YELLOW ?? 0;
  const paused = (status.PAUSED ?? 0) + (status.DISABLED ?? 0);
  const ratio = (n: number) => (total > 0 ? n / total : null);
  return (
    <section aria-label={t("label")} className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <KpiTile
        testId="kpi-total"
        count={total}
        label={t("total")}
        value={format.number(total)}
        detail={t("totalDetail", { count: data.accounts.length })}
        href={tableHref(account)}
      />
      <KpiTile
        testId="kpi-approved"
        count={approved}
        label={t("approved")}
        value={share(ratio(approved))}
        detail={t("ofTotal", { count: approved, total })}
        href={tableHref(account, { status: ["APPROVED"] })}
        tone="success"
      />
      <KpiTile
        testId="kpi-attention"
        count={data.attention.total}
        label={t("attention")}
        value={format.number(data.attention.total)}
        detail={t("shareOfAll", { share: share(ratio(data.attention.total)) })}
        href={tableHref(account, { view: "attention" })}
        tone={data.attention.total > 0 ? "warning" : "default"}
      />
      <KpiTile
        testId="kpi-rejected"
        count={rejected}
        label={t("rejected")}
        value={format.number(rejected)}
        detail={t("shareOfAll", { share: share(ratio(rejected)) })}
        href={tableHref(account, { status: ["REJECTED"] })}
        tone={rejected > 0 ? "danger" : "default"}
      />
      <KpiTile
        testId="kpi-quality"
        count={red + yellow}
        label={t("lowQuality")}
        value={format.number(red + yellow)}
        detail={t("redYellow", { red, yellow })}
        href={tableHref(account, { quality: [...ATTENTION_QUALITIES], sort: "-quality" })}
        tone={red > 0 ? "danger" : yellow > 0 ? "warning" : "default"}
      />
      <KpiTile
        testId="kpi-paused"
        count={paused}
        label={t("paused")}
        value={format.number(paused)}
        detail={t("pausedDetail", { paused: status.PAUSED ?? 0, disabled: status.DISABLED ?? 0 })}
        href={tableHref(account, { status: ["PAUSED", "DISABLED"] })}
        tone={paused > 0 ? "warning" : "default"}
      />
    </section>
  );
}
