"use client";

import { useQueryStates } from "nuqs";
import { templateSearchParams } from "@/lib/templates/search-params";

/** The table's whole state, in the URL. Filter changes replace history; paging pushes. */
export function useTemplateSearch() {
  return useQueryStates(templateSearchParams, { history: "replace", scroll: false });
}

export type SetTemplateSearch = ReturnType<typeof useTemplateSearch>[1];
