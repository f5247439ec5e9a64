"use client";

import { useQuery } from "@tanstack/react-query";
import type { TemplateHistoryResponse } from "@/lib/history/contracts";
import { fetchJson } from "@/lib/query/fetch-json";
import { templateKeys } from "@/lib/query/template-keys";

/** The template's history; under the templates key, so a catalog refresh reloads it too. */
export function useTemplateHistory(account: string, id: string) {
  return useQuery({
    queryKey: [...templateKeys.all, "history", account, id] as const,
    queryFn: ({ signal }) =>
      fetchJson<TemplateHistoryResponse>(
        `/api/templates/${encodeURIComponent(id)}/history?account=${encodeURIComponent(account)}`,
        { signal },
      ),
  });
}
