"use client";

import { createContext, useContext } from "react";

export interface AccountInfo {
  id: string;
  label: string;
  maskedPhone: string;
}

export const AccountsContext = createContext<readonly AccountInfo[]>([]);

/** Label of an account id for cells; the id itself when the account is not known here. */
export function useAccountLabel(id: string): string {
  return useContext(AccountsContext).find((a) => a.id === id)?.label ?? id;
}
