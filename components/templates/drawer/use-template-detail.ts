"use client";

import { useQuery } from "@tanstack/react-query";
import { ConsoleApiError, fetchJson } from "@/lib/query/fetch-json";
import { templateKeys } from "@/lib/query/template-keys";
import type { TemplateDetail } from "@/lib/templates/detail-contract";

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
export function useTemplateDetail(account: string, id: string | null) {
  return useQuery({
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
