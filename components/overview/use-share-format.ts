"use client";

import { useFormatter } from "next-intl";

/** "42%", "0.4%", "<0.1%" (a non-zero share never reads as 0%), "—" without a whole. */
export function useShareFormat() {
  const format = useFormatter();
  return (share: number | null): string => {
    if (share === null) return "—";
    if (share > 0 && share < 0.001)
      return `<${format.number(0.001, { style: "percent", maximumFractionDigits: 1 })}`;
    const digits = share > 0 && share < 0.01 ? 1 : 0;
    return format.number(share, { style: "percent", maximumFractionDigits: digits });
  };
}
