"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TrendsResponse } from "@/lib/history/contracts";
import { fetchJson } from "@/lib/query/fetch-json";

/** GET /api/trends for one account (or all) over the last `days` days. */
export function useTrends(account: string, days: number) {
  return useQuery({
    queryKey: ["trends", account, days],
    queryFn: ({ signal }) =>
      fetchJson<TrendsResponse>(`/api/trends?${new URLSearchParams({ account, days: String(days) })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
