"use client";

import { useQuery } from "@tanstack/react-query";
import { templateListOptions } from "@/lib/query/template-queries";
import type { TemplateSearchState } from "@/lib/templates/search-params";

/** The current page of the table (the drawer's state is not part of the list's key). */
export function useTemplatesList(state: TemplateSearchState) {
  const { template: _drawer, ...listState } = state;
  return useQuery(templateListOptions(listState));
}
