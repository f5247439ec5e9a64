"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { postJson } from "@/lib/query/fetch-json";
import { templateKeys } from "@/lib/query/template-keys";

/**
 * Starts a catalog refresh on the server, then refetches every list, detail and overview (which
 * then poll the walk's progress).
 */
export function useRefreshCatalog(account: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => postJson("/api/catalog/refresh", { account }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
