import type { TemplateListState } from "@/lib/templates/search-params";

/**
 * React Query keys. List keys are built from the same URL state the page and the API use
 * (search-params.ts), minus the drawer, so opening a template never refetches the list.
 */
export const templateKeys = {
  all: ["templates"] as const,
  lists: () => [...templateKeys.all, "list"] as const,
  list: (state: TemplateListState) => [...templateKeys.lists(), state] as const,
  detail: (account: string, id: string) => [...templateKeys.all, "detail", account, id] as const,
  accounts: () => ["accounts"] as const,
  // Under `all` so that a catalog refresh invalidates the overview with everything else.
  overview: (account: string) => [...templateKeys.all, "overview", account] as const,
};
