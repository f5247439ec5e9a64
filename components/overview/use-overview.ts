"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { catalogPollInterval } from "@/lib/query/catalog-polling";
import { fetchJson } from "@/lib/query/fetch-json";
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
    refetchInterval: (query) => catalogPollInterval(query.state.data?.catalog, 1000),
  });
}
