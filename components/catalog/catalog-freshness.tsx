"use client";

import { AlertTriangle, CheckCircle2, CloudOff, Loader2, RefreshCw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { freshnessOf } from "@/lib/templates/freshness";
import type { CatalogState } from "@/lib/templates/list-contract";
import { FreshnessBanner } from "./freshness-banner";
import { useApiErrorMessage } from "./use-api-error-message";
import { useUpdatedAgo } from "./use-updated-ago";

export interface CatalogFreshnessProps {
  catalog: CatalogState;
  onRefresh: () => void;
  refreshing: boolean;
  /** In a several-account view: the label of the account whose error is shown. */
  errorAccount?: string;
  /** Shows only the templates that could not be fully read (`view=partial`). */
  onShowIncomplete?: () => void;
}

/**
 * Tells how complete and how recent the data is: progress while the catalog walk runs, "all N
 * loaded · updated 2 min ago" when done, and a banner with the reason when the last refresh failed.
 */
export function CatalogFreshness({
  catalog,
  onRefresh,
  refreshing,
  errorAccount,
  onShowIncomplete,
}: CatalogFreshnessProps) {
  const t = useTranslations("templates.freshness");
  const format = useFormatter();
  const apiErrorMessage = useApiErrorMessage();
  const errorMessage = (error: NonNullable<CatalogState["error"]>) =>
    errorAccount
      ? t("accountLabel", { account: errorAccount, message: apiErrorMessage(error) })
      : apiErrorMessage(error);
  const ago = useUpdatedAgo(catalog.fetchedAt) ?? "";
  const freshness = freshnessOf(catalog);
  // Circuit breaker: say that (and until when) the console stopped asking NxCloud.
  const pausedNote = catalog.pausedUntil ? (
    <p className="text-foreground/80" data-testid="catalog-paused">
      {t("paused", { time: format.dateTime(catalog.pausedUntil, { hour: "2-digit", minute: "2-digit" }) })}
    </p>
  ) : null;
  const busy = refreshing || catalog.refreshing;
  const refreshButton = (
    <Button variant="ghost" size="sm" onClick={onRefresh} disabled={busy} data-testid="refresh">
      <RefreshCw aria-hidden className={busy ? "animate-spin" : undefined} />
      {busy ? t("refreshing") : t("refresh")}
    </Button>
  );

  if (freshness === "failed" && catalog.error) {
    return (
      <FreshnessBanner
        tone="danger"
        testId="catalog-partial-error"
        icon={<CloudOff aria-hidden className="size-5 shrink-0 text-danger" />}
        title={t("partialErrorTitle")}
        body={t("partialErrorBody", {
          count: catalog.templatesFetched,
          message: errorMessage(catalog.error),
        })}
        action={refreshButton}
        note={pausedNote}
      />
    );
  }
  if (freshness === "stale" && catalog.error) {
    return (
      <FreshnessBanner
        tone="warning"
        testId="catalog-stale"
        icon={<AlertTriangle aria-hidden className="size-5 shrink-0 text-warning" />}
        title={t("staleTitle", { ago })}
        body={t("staleBody", { message: errorMessage(catalog.error) })}
        action={refreshButton}
        note={pausedNote}
      />
    );
  }
  if (freshness === "loading") {
    return (
      // Not a live region itself: the count changes every poll and would be read out each time.
      // The static note below is the one announcement.
      // Several instances: a first sync shows its progress without rows (`rowsPending`), the same
      // on every instance.
      <div
        className="flex flex-col gap-2 rounded-lg border border-info/30 bg-info-soft px-4 py-3 text-sm"
        data-testid="catalog-progress"
        data-rows-pending={catalog.rowsPending ? "true" : undefined}
        data-awaiting-takeover={catalog.awaitingTakeover ? "true" : undefined}
      >
        <div className="flex items-center gap-2">
          <Loader2 aria-hidden className="size-4 animate-spin text-info" />
          <span className="font-medium text-foreground">
            {catalog.rowsPending && catalog.awaitingTakeover
              ? t("firstSyncTakeover")
              : t(catalog.rowsPending ? "firstSyncProgress" : "loadingProgress", {
                  count: catalog.templatesFetched,
                  pages: catalog.pagesFetched,
                })}
          </span>
        </div>
        <div className="h-1 overflow-hidden rounded-full bg-info/15">
          <div className="h-full w-1/3 animate-[progress_1.2s_ease-in-out_infinite] rounded-full bg-info" />
        </div>
        <p role="status" className="text-xs text-muted-foreground">
          {t(catalog.rowsPending ? "firstSyncNote" : "partialNote")}
        </p>
      </div>
    );
  }
  return (
    <div
      className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground"
      data-testid="catalog-fresh"
    >
      <CheckCircle2 aria-hidden className="size-4 text-success" />
      <span>{t("complete", { count: catalog.templatesFetched })}</span>
      {(catalog.templatesIncomplete ?? 0) > 0 && (
        <>
          <span aria-hidden>·</span>
          {onShowIncomplete ? (
            <button
              type="button"
              onClick={onShowIncomplete}
              className="text-foreground underline decoration-dotted underline-offset-2 hover:decoration-solid"
              data-testid="catalog-incomplete"
            >
              {t("incomplete", { count: catalog.templatesIncomplete ?? 0 })}
            </button>
          ) : (
            <span className="text-foreground" data-testid="catalog-incomplete">
              {t("incomplete", { count: catalog.templatesIncomplete ?? 0 })}
            </span>
          )}
        </>
      )}
      {(catalog.templatesSkipped ?? 0) > 0 && (
        <>
          <span aria-hidden>·</span>
          <span className="text-foreground" data-testid="catalog-skipped">
            {t("skipped", { count: catalog.templatesSkipped ?? 0 })}
          </span>
        </>
      )}
      {ago && (
        <>
          <span aria-hidden>·</span>
          <span>{t("updated", { ago })}</span>
        </>
      )}
      <span aria-hidden>·</span>
      {refreshButton}
    </div>
  );
}
