"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ConsoleApiError, fetchJson } from "@/lib/query/fetch-json";
import { templateKeys } from "@/lib/query/template-keys";
import type { OverviewResponse } from "@/lib/templates/overview-contract";
import { serializeTemplateSearch } from "@/lib/templates/search-params";

/**
 * The overview of one account or all. While a catalog walk (or refresh) runs, poll so the numbers
 * grow as pages arrive — like the table does — and stop once every catalog is complete and idle.
 */
export function useOverview(account: string) {
  return useQuery({
    queryKey: templateKeys.overview(account),
    queryFn: ({ signal }) =>
      fetchJson<OverviewResponse>(`/api/overview${serializeTemplateSearch({ account })}`, { signal }),
    placeholderData: keepPreviousData,
    // 400/403/404 will not change on a retry; network and upstream errors may.
    retry: (count, error) =>
      !(error instanceof ConsoleApiError && error.status >= 400 && error.status < 500) && count < 1,
    refetchInterval: (query) => {
      const catalog = query.state.data?.catalog;
      if (!catalog) return false;
      return (!catalog.complete && !catalog.error) || catalog.refreshing ? 1000 : false;
    },
  });
}
