"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { catalogPollInterval } from "@/lib/query/catalog-polling";
import { fetchJson } from "@/lib/query/fetch-json";
import { templateKeys } from "@/lib/query/template-keys";
import type { TemplateListResponse } from "@/lib/templates/list-contract";
import { type TemplateSearchState, toApiSearch } from "@/lib/templates/search-params";

/**
 * The current page of the table. While the server is still walking the catalog (or refreshing it),
 * poll so rows appear as pages arrive; stop once the catalog is complete and idle.
 */
export function useTemplatesList(state: TemplateSearchState) {
  const { template: _drawer, ...listState } = state;
  return useQuery({
    queryKey: templateKeys.list(listState),
    queryFn: ({ signal }) =>
      fetchJson<TemplateListResponse>(`/api/templates${toApiSearch(listState)}`, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => catalogPollInterval(query.state.data?.catalog, 700),
  });
}
