"use client";

import { useFormatter, useNow } from "next-intl";

/** "2 minutes ago" for the last completed walk, kept current; null before the first one. */
export function useUpdatedAgo(fetchedAt: number | null): string | null {
  const format = useFormatter();
  const now = useNow({ updateInterval: 15_000 });
  // never "updated in 1 second": the page's clock may lag the server that finished the walk
  return fetchedAt ? format.relativeTime(Math.min(fetchedAt, now.getTime()), now) : null;
}
