"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef } from "react";
import { CatalogFreshness } from "@/components/catalog/catalog-freshness";
import { Forbidden } from "@/components/catalog/forbidden";
import { LoadError } from "@/components/catalog/load-error";
import { NoAccounts } from "@/components/catalog/no-accounts";
import { useApiErrorMessage } from "@/components/catalog/use-api-error-message";
import { useRefreshCatalog } from "@/components/catalog/use-refresh-catalog";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { ConsoleApiError } from "@/lib/query/fetch-json";
import { templateDetailOptions } from "@/lib/query/template-queries";
import type { TemplateListItem } from "@/lib/templates/list-contract";
import { hasActiveFilters, type TemplateSearchState } from "@/lib/templates/search-params";
import { AccountsContext } from "./accounts-context";
import { EmptyResult } from "./empty-result";
import { LastVisitBanner } from "./last-visit-banner";
import { LastVisitContext } from "./last-visit-context";
import { OpenTemplateContext } from "./open-template-context";
import { QUICK_VIEWS, type QuickView, QuickViews } from "./quick-views";
import { TablePagination } from "./table-pagination";
import { TemplatesTable } from "./templates-table";
import { TemplatesToolbar } from "./templates-toolbar";
import { showsAccountColumn, useColumnVisibility } from "./use-column-visibility";
import { useLastVisitState } from "./use-last-visit-state";
import { useTemplateSearch } from "./use-template-search";
import { useTemplatesList } from "./use-templates-list";
import { useTemplatesTable } from "./use-templates-table";

// The drawer (dialog, preview, details) loads only when a template is opened, not with the table.
// `loading` gives it a Suspense boundary of its own: without one, its first render suspends the
// page's boundary, which hides and redraws the whole table for a moment.
const TemplateDrawer = dynamic(() => import("../drawer/template-drawer").then((m) => m.TemplateDrawer), {
  loading: () => null,
});
/**
 * Loads the drawer's code while the browser is idle once the table is shown: the first open then
 * neither waits for its chunks nor evaluates them in the middle of the interaction.
 */
function useDrawerPreload(tableShown: boolean) {
  useEffect(() => {
    if (!tableShown) return;
    const preload = () => void import("../drawer/template-drawer").then((m) => m.preloadDrawerBody());
    if (typeof window.requestIdleCallback !== "function") {
      const timer = setTimeout(preload, 1_000);
      return () => clearTimeout(timer);
    }
    const id = window.requestIdleCallback(preload, { timeout: 5_000 });
    return () => window.cancelIdleCallback(id);
  }, [tableShown]);
}

/** In the all-accounts view, which account the combined error belongs to (null for one account). */
function failingAccountLabel(
  states: Record<string, { error: unknown }>,
  accounts: readonly AccountSummary[],
) {
  const ids = Object.keys(states);
  if (ids.length < 2) return undefined;
  const failing = ids.find((id) => states[id]?.error);
  return failing ? (accounts.find((a) => a.id === failing)?.label ?? failing) : undefined;
}

export interface TemplatesViewProps {
  accounts: AccountSummary[];
}

/** The templates page: toolbar, freshness, table, pagination and the detail drawer, all URL-driven. */
export function TemplatesView({ accounts }: TemplatesViewProps) {
  const t = useTranslations("templates");
  const [state, setState] = useTemplateSearch();
  const list = useTemplatesList(state);
  const { account } = state;
  const refresh = useRefreshCatalog(state.account);
  const errorMessage = useApiErrorMessage();
  // One rule for the account column, read by its visibility and by the column menu alike.
  const accountColumn = showsAccountColumn(state.account, accounts.length);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(accountColumn);
  const lastOpenedRow = useRef<string | null>(null);

  // Typing in the search box replaces the history entry (no entry per keystroke); deliberate
  // choices — a filter value, a view, a sort, a page — push one, so Back undoes them.
  const patch = useCallback(
    (next: Partial<TemplateSearchState>, push = false) =>
      void setState(next, { history: push ? "push" : "replace" }),
    [setState],
  );
  const queryClient = useQueryClient();
  const open = useCallback(
    (item: TemplateListItem) => {
      lastOpenedRow.current = item.id;
      // The detail request starts with the click, not once the drawer's body has mounted.
      void queryClient.prefetchQuery(templateDetailOptions(account, item.id));
      void setState({ template: item.id, tab: null }, { history: "push" });
    },
    [setState, queryClient, account],
  );
  const close = useCallback(() => {
    void setState({ template: null, tab: null }, { history: "push" });
    // Focus goes back to the row the drawer was opened from (or the open template's row).
    const id = lastOpenedRow.current ?? state.template;
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`tr[data-template-id="${CSS.escape(id ?? "")}"]`)?.focus(),
    );
  }, [setState, state.template]);

  const data = list.data;
  useDrawerPreload(data !== undefined);
  const visit = useLastVisitState(data?.catalog.fetchedAt);
  const table = useTemplatesTable({
    items: data?.items ?? [],
    total: data?.total ?? 0,
    page: state.page,
    pageSize: state.pageSize,
    sort: state.sort,
    columnVisibility,
    accountColumn,
    onSortChange: (sort) => patch({ sort, page: 1 }, true),
    onPageChange: (page) => void setState({ page }, { history: "push" }),
    onPageSizeChange: (pageSize) => patch({ pageSize, page: 1 }, true),
    onColumnVisibilityChange: setColumnVisibility,
  });
  // A page beyond the end (filters narrowed, bookmarked link) snaps back to the last page.
  // Not while the catalog is still loading (the total is still growing) or old data is shown.
  useEffect(() => {
    if (!data?.catalog.complete || list.isPlaceholderData) return;
    const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
    if (state.page > pages) void setState({ page: pages });
  }, [data, list.isPlaceholderData, state.page, setState]);

  if (accounts.length === 0) return <NoAccounts />;
  const error = list.error instanceof ConsoleApiError ? list.error : null;
  if (error?.status === 403) return <Forbidden />;

  const filtered = hasActiveFilters(state);
  const selectView = (view: QuickView) => patch({ ...QUICK_VIEWS[view] }, true);
  const reset = () => patch({ ...QUICK_VIEWS.all, sort: state.sort }, true);

  return (
    <AccountsContext.Provider value={accounts}>
      <LastVisitContext.Provider value={visit.data?.seenAt ?? null}>
        <OpenTemplateContext.Provider value={open}>
          <div className="flex flex-col gap-4">
            <div className="flex flex-col gap-1">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">{t("title")}</h1>
                {/* No "No templates" while a first sync elsewhere withholds its rows: the banner counts them. */}
                {data && !data.catalog.rowsPending && (
                  <p className="text-sm tabular-nums text-muted-foreground" data-testid="total">
                    {t("total", { count: data.total })}
                  </p>
                )}
              </div>
              <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
            </div>
            <LastVisitBanner
              visit={visit.data}
              onMarkSeen={() => visit.markSeen.mutate()}
              pending={visit.markSeen.isPending}
            />
            <QuickViews state={state} onSelect={selectView} />
            <TemplatesToolbar
              state={state}
              facets={data?.facets}
              total={data?.total}
              catalogComplete={data?.catalog.complete ?? false}
              onChange={patch}
              onReset={reset}
              table={table}
            />
            {data && (
              <CatalogFreshness
                catalog={data.catalog}
                errorAccount={failingAccountLabel(data.accounts, accounts)}
                onRefresh={() => refresh.mutate()}
                refreshing={refresh.isPending}
                onShowIncomplete={() => patch({ ...QUICK_VIEWS.all, view: "partial" }, true)}
              />
            )}
            {list.isError && !data ? (
              <LoadError
                message={errorMessage(error?.body ?? { code: "internal", message: "" })}
                onRetry={() => void list.refetch()}
                retrying={list.isFetching}
              />
            ) : data && data.items.length === 0 && data.catalog.complete ? (
              <EmptyResult filtered={filtered} onClear={reset} />
            ) : (
              <>
                <TemplatesTable
                  table={table}
                  onOpen={open}
                  activeId={state.template}
                  // A first sync elsewhere withholds its rows until it completes: skeleton rows meanwhile.
                  loading={list.isPending || (data?.catalog.rowsPending === true && data.items.length === 0)}
                  dimmed={list.isPlaceholderData}
                />
                {data && <TablePagination table={table} />}
                <p className="hidden text-xs text-muted-foreground md:block">{t("keyboardHint")}</p>
              </>
            )}
          </div>
          {state.template !== null && (
            <TemplateDrawer
              templateId={state.template}
              account={state.account}
              onClose={close}
              onNavigate={(id) => setState({ template: id })}
              tab={state.tab}
              onTabChange={(tab) => void setState({ tab }, { history: "replace" })}
            />
          )}
        </OpenTemplateContext.Provider>
      </LastVisitContext.Provider>
    </AccountsContext.Provider>
  );
}
