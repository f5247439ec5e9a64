"use client";

import { useQuery } from "@tanstack/react-query";
import { templateDetailOptions } from "@/lib/query/template-queries";

/** The open template (full object, account, sibling languages); nothing while none is open. */
export function useTemplateDetail(account: string, id: string | null) {
  return useQuery(templateDetailOptions(account, id));
}
