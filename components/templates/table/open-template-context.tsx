"use client";

import { createContext, useContext } from "react";
import type { TemplateListItem } from "@/lib/templates/list-contract";

/** How a cell opens the drawer for its row (set by the table view; keeps cells free of URL code). */
export const OpenTemplateContext = createContext<(item: TemplateListItem) => void>(() => {});

export function useOpenTemplate() {
  return useContext(OpenTemplateContext);
}
