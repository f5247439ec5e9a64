"use client";

import { History, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useEffect, useState } from "react";
import { CardEmpty } from "@/components/catalog/card-state";
import { Forbidden } from "@/components/catalog/forbidden";
import { LoadError } from "@/components/catalog/load-error";
import { NoAccounts } from "@/components/catalog/no-accounts";
import { useApiErrorMessage } from "@/components/catalog/use-api-error-message";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ALL_ACCOUNTS } from "@/lib/accounts/account-scope";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import {
  ACTIVITY_PAGE_SIZE,
  type ActivityState,
  activitySearchParams,
  changesApiQuery,
} from "@/lib/history/activity-url-grammar";
import { WEEK_MS } from "@/lib/history/week-summary";
import { ConsoleApiError } from "@/lib/query/fetch-json";
import { ActivityFilters } from "./activity-filters";
import { ActivityPager } from "./activity-pager";
import { useChanges } from "./use-changes";
import { WeekSummaryCard } from "./week-summary-card";

export interface ActivityViewProps {
  accounts: AccountSummary[];
}

// The feed's entries draw its answer, which the browser fetches after the page loads: their code
// loads alongside it (from mount), not with the page. Until both are there the feed is busy.
const loadDays = () => import("./activity-days");
type ActivityDaysComponent = Awaited<ReturnType<typeof loadDays>>["ActivityDays"];

function useActivityDays(): ActivityDaysComponent | null {
  const [days, setDays] = useState<ActivityDaysComponent | null>(null);
  useEffect(() => {
    let live = true;
    void loadDays().then((m) => {
      if (live) setDays(() => m.ActivityDays);
    });
    return () => {
      live = false;
    };
  }, []);
  return days;
}

/**
 * The activity page: this week's summary, then every observed change across the user's accounts,
 * newest first, grouped by day. Every filter lives in the URL (lib/history/activity-url-grammar.ts).
 */
export function ActivityView({ accounts }: ActivityViewProps) {
  const t = useTranslations("activity");
  const errorMessage = useApiErrorMessage();
  const [state, setState] = useQueryStates(activitySearchParams, { throttleMs: 300 });
  // Fixed for the page's life: a moving "now" would refetch the summary on every render.
  const [weekStart] = useState(() => Math.floor((Date.now() - WEEK_MS) / 60_000) * 60_000);
  const changes = useChanges(changesApiQuery(state), accounts.length > 0);
  const ActivityDays = useActivityDays();

  const set = (patch: Partial<ActivityState> | null) =>
    void setState(
      patch ?? {
        kind: null,
        severity: null,
        category: null,
        language: null,
        q: null,
        from: null,
        to: null,
        page: null,
      },
    );

  if (accounts.length === 0) return <NoAccounts />;
  const error = changes.error instanceof ConsoleApiError ? changes.error : null;
  if (error?.status === 403) return <Forbidden />;

  const data = changes.data;
  const multi = state.account === ALL_ACCOUNTS && accounts.length > 1;
  const labels = multi ? new Map(accounts.map((a) => [a.id, a.label])) : null;
  const languages = [...new Set(data?.items.map((e) => e.language) ?? [])];
  const pages = data ? Math.max(1, Math.ceil(data.total / ACTIVITY_PAGE_SIZE)) : 1;
  const feedSkeleton = (
    <div className="flex flex-col gap-2">
      <span className="sr-only" role="status">
        {t("feed.loading")}
      </span>
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} className="h-16 w-full" />
      ))}
    </div>
  );

  return (
    <div className="flex min-w-0 flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
      </header>

      <WeekSummaryCard account={state.account} since={weekStart} />

      <ActivityFilters state={state} set={set} accounts={accounts} languages={languages} />

      <section
        aria-labelledby="feed-title"
        aria-busy={changes.isFetching || !data || (data.items.length > 0 && !ActivityDays)}
        className="flex flex-col gap-3"
        data-testid="activity-feed"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="feed-title" className="text-base font-semibold">
            {t("feed.label")}
          </h2>
          {data && (
            <span className="text-sm text-muted-foreground" data-testid="activity-total">
              {t("feed.count", { total: data.total })}
            </span>
          )}
        </div>
        {changes.isError && !data ? (
          <LoadError
            title={t("feed.error")}
            message={error ? errorMessage(error.body) : String(changes.error)}
            retrying={changes.isFetching}
            onRetry={() => void changes.refetch()}
          />
        ) : !data ? (
          feedSkeleton
        ) : data.items.length === 0 ? (
          <FeedEmpty
            state={data.total > 0 ? "beyondEnd" : hasFilters(state) ? "noMatch" : "nothingYet"}
            onClear={() => set(null)}
            onFirstPage={() => set({ page: 1 })}
          />
        ) : !ActivityDays ? (
          feedSkeleton
        ) : (
          <ActivityDays items={data.items} accountLabels={labels} />
        )}
        {data && pages > 1 && (
          <ActivityPager page={state.page} pages={pages} onPage={(page) => set({ page })} />
        )}
      </section>
    </div>
  );
}

/** An empty feed says why, and offers the way out: clear the filters, or go back to the newest page. */
function FeedEmpty({
  state,
  onClear,
  onFirstPage,
}: {
  state: "nothingYet" | "noMatch" | "beyondEnd";
  onClear: () => void;
  onFirstPage: () => void;
}) {
  const t = useTranslations("activity.feed");
  const tf = useTranslations("activity.filters");
  const action =
    state === "noMatch" ? (
      <Button variant="outline" size="sm" onClick={onClear} data-testid="activity-clear-filters">
        {tf("clear")}
      </Button>
    ) : state === "beyondEnd" ? (
      <Button variant="outline" size="sm" onClick={onFirstPage}>
        {t("firstPage")}
      </Button>
    ) : null;
  return (
    <CardEmpty
      testId="activity-empty"
      icon={
        state === "nothingYet" ? (
          <History aria-hidden className="size-8" />
        ) : (
          <SearchX aria-hidden className="size-8" />
        )
      }
      title={t(`${state}.title`)}
      body={t(`${state}.body`)}
      action={action}
    />
  );
}

function hasFilters(s: ActivityState): boolean {
  return (
    s.kind.length + s.severity.length + s.category.length + s.language.length > 0 ||
    s.q !== "" ||
    s.from !== null ||
    s.to !== null
  );
}
