"use client";

import { useQuery } from "@tanstack/react-query";
import { overviewOptions } from "@/lib/query/template-queries";

/** The overview of one account or all, polling while a catalog walk runs. */
export function useOverview(account: string) {
  return useQuery(overviewOptions(account));
}
