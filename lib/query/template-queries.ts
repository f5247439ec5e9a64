import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { TemplateDetail } from "@/lib/templates/detail-contract";
import type { TemplateListResponse } from "@/lib/templates/list-contract";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { serializeTemplateSearch, type TemplateListState, toApiSearch } from "@/lib/templates/search-params";
import { catalogPollInterval } from "./catalog-polling";
import { ConsoleApiError, fetchJson } from "./fetch-json";
import { templateKeys } from "./template-keys";

/**
 * The queries of the templates feature, as `queryOptions`: one key, fetcher and cache policy per
 * query, used by the client hooks and by the server prefetch (which keeps the key and swaps the
 * fetcher for a direct call), so the two can never disagree on the key the page hydrates.
 */

/**
 * The current page of the table. While the server is still walking the catalog (or refreshing it),
 * poll so rows appear as pages arrive; stop once the catalog is complete and idle.
 */
export function templateListOptions(state: TemplateListState) {
  return queryOptions({
    queryKey: templateKeys.list(state),
    queryFn: ({ signal }) =>
      fetchJson<TemplateListResponse>(`/api/templates${toApiSearch(state)}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => catalogPollInterval(query.state.data?.catalog, 700),
  });
}

/**
 * While the account's catalog is still being walked, a 404 is "not yet": keep asking. Any other
 * error (an upstream outage included) is shown at once with its own message.
 */
const CATALOG_RETRIES = 60;
const CATALOG_RETRY_DELAY_MS = 1000;

export function isRetryableDetailError(error: unknown): boolean {
  return error instanceof ConsoleApiError && error.body.code === "not_found" && error.body.retryable === true;
}

/**
 * The open template (full object, account, sibling languages). Moving to a sibling language keeps
 * the current template on screen (dimmed) until the other one arrives; any other switch starts
 * from the skeleton, so the drawer never shows one template under another's id.
 */
export function templateDetailOptions(account: string, id: string | null) {
  return queryOptions<TemplateDetail, Error, TemplateDetail, ReturnType<typeof templateKeys.detail>>({
    queryKey: templateKeys.detail(account, id ?? ""),
    queryFn: ({ signal }) =>
      fetchJson<TemplateDetail>(
        `/api/templates/${encodeURIComponent(id ?? "")}?account=${encodeURIComponent(account)}`,
        { signal },
      ),
    enabled: id !== null,
    placeholderData: (previous) =>
      previous && id !== null && previous.siblings.some((s) => s.id === id) ? previous : undefined,
    retry: (failures, error) => (isRetryableDetailError(error) ? failures < CATALOG_RETRIES : failures < 1),
    retryDelay: (failures, error) =>
      isRetryableDetailError(error) ? CATALOG_RETRY_DELAY_MS : Math.min(1000 * 2 ** failures, 4000),
  });
}

/**
 * The overview of one account or all. While a catalog walk (or refresh) runs, poll so the numbers
 * grow as pages arrive — like the table does — and stop once every catalog is complete and idle.
 */
export function overviewOptions(account: string) {
  return queryOptions({
    queryKey: templateKeys.overview(account),
    queryFn: ({ signal }) =>
      fetchJson<OverviewResponse>(`/api/overview${serializeTemplateSearch({ account })}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => catalogPollInterval(query.state.data?.catalog, 1000),
  });
}
