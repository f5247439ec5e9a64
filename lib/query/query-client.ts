import { environmentManager, QueryClient } from "@tanstack/react-query";
import { ConsoleApiError } from "./fetch-json";

function isClientError(error: unknown): boolean {
  return error instanceof ConsoleApiError && error.status >= 400 && error.status < 500;
}

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Upstream errors are already retried on the server with backoff: one more try here for
        // network and 5xx answers; a 4xx will not change by asking again.
        retry: (failures, error) => failures < 1 && !isClientError(error),
        refetchOnWindowFocus: false,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A fresh client per server request; one client for the life of the browser tab. */
export function getQueryClient() {
  if (environmentManager.isServer()) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
