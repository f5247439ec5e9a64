"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LastVisitResponse } from "@/lib/history/visit-contract";
import { postJson } from "@/lib/query/fetch-json";

const KEY = ["me", "last-visit"] as const;

/**
 * "Since your last visit": records the visit when the table opens (once per page load and per
 * catalog update, so a refresh recounts) and marks all as seen on demand.
 */
export function useLastVisitState(catalogFetchedAt: number | null | undefined) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: [...KEY, catalogFetchedAt ?? 0] as const,
    queryFn: () => postJson<LastVisitResponse>("/api/me/last-visit", { action: "visit" }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const markSeen = useMutation({
    mutationFn: () => postJson<LastVisitResponse>("/api/me/last-visit", { action: "seen" }),
    onSuccess: (data) => client.setQueriesData({ queryKey: KEY }, data),
  });
  return { data: query.data, markSeen };
}
