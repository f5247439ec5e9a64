"use client";

import { useFormatter } from "next-intl";

/** "42%", "0.4%" (small shares keep a decimal so they never read as 0%), "—" without a whole. */
export function useShareFormat() {
  const format = useFormatter();
  return (share: number | null): string => {
    if (share === null) return "—";
    const digits = share > 0 && share < 0.01 ? 1 : 0;
    return format.number(share, { style: "percent", maximumFractionDigits: digits });
  };
}
