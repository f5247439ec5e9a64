"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { AccountOverview } from "@/lib/templates/overview-contract";
import { type TableFilter, tableHref, templateHref } from "@/lib/templates/overview-links";
import { cn } from "@/lib/utils/cn";
import { QualityMixBar } from "./quality-mix-bar";
import type { OverviewLabels } from "./use-overview-labels";
import { useShareFormat } from "./use-share-format";

export interface AccountMetricsProps {
  account: AccountOverview;
  labels: OverviewLabels;
}

type ProblemTone = "danger" | "warning";

/**
 * The numbers of an account card: total, approved share, needing attention, the quality mix with
 * the latest downgrade, the problems by kind and the top rejection reasons — each a table link.
 */
export function AccountMetrics({ account, labels }: AccountMetricsProps) {
  const t = useTranslations("overview.accounts");
  const format = useFormatter();
  const share = useShareFormat();
  const link = (filter: TableFilter = {}) => tableHref(account.id, filter);
  const problems: { key: string; count: number; tone: ProblemTone; filter: TableFilter }[] = [
    { key: "rejected", count: account.rejected, tone: "danger", filter: { status: ["REJECTED"] } },
    { key: "red", count: account.red, tone: "danger", filter: { quality: ["RED"] } },
    { key: "yellow", count: account.yellow, tone: "warning", filter: { quality: ["YELLOW"] } },
    { key: "paused", count: account.paused, tone: "warning", filter: { status: ["PAUSED"] } },
    { key: "disabled", count: account.disabled, tone: "danger", filter: { status: ["DISABLED"] } },
  ];
  const reasons = Object.entries(account.rejectedReasons).slice(0, 3);
  const latest = account.latestQualityIssue;
  return (
    <>
      <dl className="grid grid-cols-3 gap-2">
        <div className="min-w-0">
          <dt className="truncate text-xs text-muted-foreground">{t("templates")}</dt>
          <dd>
            <Link
              href={link()}
              className="text-xl font-semibold tabular-nums hover:underline"
              data-testid="account-total"
              data-count={account.total}
            >
              {format.number(account.total)}
            </Link>
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="truncate text-xs text-muted-foreground">{t("approved")}</dt>
          <dd className="flex flex-col">
            <Link
              href={link({ status: ["APPROVED"] })}
              className="text-xl font-semibold tabular-nums text-success hover:underline"
              data-testid="account-approved"
              data-count={account.approved}
            >
              {share(account.approvedShare)}
            </Link>
            <span className="text-xs tabular-nums text-muted-foreground">
              {format.number(account.approved)}
            </span>
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="truncate text-xs text-muted-foreground">{t("attention")}</dt>
          <dd className="flex flex-col">
            <Link
              href={link({ view: "attention" })}
              className={cn(
                "text-xl font-semibold tabular-nums hover:underline",
                account.attention > 0 ? "text-warning" : "text-foreground",
              )}
              data-testid="account-attention"
              data-count={account.attention}
            >
              {format.number(account.attention)}
            </Link>
            <span className="text-xs tabular-nums text-muted-foreground">
              {t("ofTemplates", { share: share(account.attentionShare) })}
            </span>
          </dd>
        </div>
      </dl>

      <div className="flex flex-col gap-1.5">
        <span className="text-xs text-muted-foreground">{t("qualityMix")}</span>
        <QualityMixBar quality={account.quality} />
        {latest && latest.qualityDate !== null && (
          <p className="min-w-0 text-xs text-muted-foreground" data-testid="account-latest-issue">
            {t("latestIssue", {
              quality: labels.quality(latest.quality),
              date: format.dateTime(latest.qualityDate * 1000, { dateStyle: "medium" }),
            })}
            <Link
              href={templateHref(account.id, latest.id)}
              className="block truncate font-mono text-foreground hover:underline"
            >
              {latest.name}
            </Link>
          </p>
        )}
      </div>

      <ul className="flex flex-wrap gap-1.5" aria-label={t("problems")}>
        {problems.map((p) => (
          <li key={p.key}>
            <Link
              href={link(p.filter)}
              data-testid={`account-${p.key}`}
              data-count={p.count}
              className={cn(
                "inline-flex min-h-7 items-center gap-1 rounded-full border px-2.5 text-xs hover:underline",
                p.count === 0
                  ? "border-border text-muted-foreground"
                  : p.tone === "danger"
                    ? "border-danger/30 bg-danger-soft text-danger"
                    : "border-warning/30 bg-warning-soft text-warning",
              )}
            >
              <span className="font-semibold tabular-nums">{format.number(p.count)}</span>
              {t(`problem.${p.key}`)}
            </Link>
          </li>
        ))}
      </ul>

      <div className="flex flex-col gap-1">
        <span className="text-xs font-medium text-muted-foreground">{t("topReasons")}</span>
        {reasons.length === 0 ? (
          <p className="text-xs text-muted-foreground">{t("noRejections")}</p>
        ) : (
          <ul className="flex flex-col gap-0.5 text-sm">
            {reasons.map(([reason, n]) => (
              <li key={reason} className="flex items-baseline justify-between gap-2">
                <span className="truncate">{labels.reason(reason).title}</span>
                <span className="tabular-nums text-muted-foreground">{format.number(n)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
