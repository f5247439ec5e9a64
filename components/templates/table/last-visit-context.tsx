"use client";

import { createContext, useContext } from "react";

/** When the user last saw the changes (epoch ms), or null when unknown: rows newer are marked. */
export const LastVisitContext = createContext<number | null>(null);

export function useLastVisit(): number | null {
  return useContext(LastVisitContext);
}
