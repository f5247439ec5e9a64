"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConsoleApiError } from "@/lib/query/fetch-json";
import { templateKeys } from "@/lib/query/template-keys";

/** Starts a catalog refresh on the server, then refetches every list (which then polls progress). */
export function useRefreshCatalog(account: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const res = await fetch("/api/catalog/refresh", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ account }),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as {
          error?: { code: string; message: string };
        } | null;
        throw new ConsoleApiError(
          res.status,
          body?.error ?? { code: "internal", message: `HTTP ${res.status}` },
        );
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
