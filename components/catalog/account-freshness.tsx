"use client";

import { AlertTriangle, CheckCircle2, CloudOff, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { freshnessOf } from "@/lib/templates/freshness";
import type { CatalogState } from "@/lib/templates/list-contract";
import { useUpdatedAgo } from "./use-updated-ago";

export interface AccountFreshnessProps {
  catalog: CatalogState;
}

/** One line on an account card: loading progress, "updated 2 min ago", or why the data is old. */
export function AccountFreshness({ catalog }: AccountFreshnessProps) {
  const t = useTranslations("overview.accounts.freshness");
  const ago = useUpdatedAgo(catalog.fetchedAt);
  const freshness = freshnessOf(catalog);
  const base = "inline-flex items-center gap-1.5 text-xs [&_svg]:size-3.5 [&_svg]:shrink-0";
  if (freshness === "failed")
    return (
      <span className={`${base} text-danger`} data-testid="account-freshness" data-state="error">
        <CloudOff aria-hidden />
        {t("failed", { count: catalog.templatesFetched })}
      </span>
    );
  if (freshness === "stale")
    return (
      <span className={`${base} text-warning`} data-testid="account-freshness" data-state="stale">
        <AlertTriangle aria-hidden />
        {ago ? t("stale", { ago }) : t("staleNoDate")}
      </span>
    );
  // A refresh of a complete catalog shows here as loading too (the card has no refresh button).
  if (freshness === "loading" || catalog.refreshing)
    return (
      <span className={`${base} text-info`} data-testid="account-freshness" data-state="loading">
        <Loader2 aria-hidden className="animate-spin" />
        {t("loading", { count: catalog.templatesFetched })}
      </span>
    );
  return (
    <span className={`${base} text-muted-foreground`} data-testid="account-freshness" data-state="fresh">
      <CheckCircle2 aria-hidden className="text-success" />
      {ago ? t("updated", { ago }) : t("loaded")}
    </span>
  );
}
