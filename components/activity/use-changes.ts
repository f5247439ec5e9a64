"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ChangesResponse } from "@/lib/history/contracts";
import { fetchJson } from "@/lib/query/fetch-json";

/** One page of GET /api/changes for a query built by the activity URL grammar. */
export function useChanges(query: URLSearchParams, enabled = true) {
  const qs = query.toString();
  return useQuery({
    queryKey: ["changes", qs],
    queryFn: ({ signal }) => fetchJson<ChangesResponse>(`/api/changes?${qs}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
