"use client";

import { createContext, useContext } from "react";
import type { AccountSummary } from "@/lib/accounts/account-summary";

export const AccountsContext = createContext<readonly AccountSummary[]>([]);

/** Label of an account id for cells; the id itself when the account is not known here. */
export function useAccountLabel(id: string): string {
  return useContext(AccountsContext).find((a) => a.id === id)?.label ?? id;
}
