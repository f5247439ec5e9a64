import type { CatalogState } from "./list-contract";

/**
 * How complete and recent a catalog is, for the banner above the table and the line on an account
 * card: `failed` (the walk stopped with an error before the end: the rows are partial), `stale`
 * (the last refresh failed: the rows are complete but old), `loading` (a walk is under way) or
 * `fresh`. Checked in this order: an error says more than progress.
 */
export type Freshness = "failed" | "stale" | "loading" | "fresh";

export function freshnessOf(catalog: CatalogState): Freshness {
  if (catalog.error && !catalog.complete) return "failed";
  if (catalog.error && catalog.stale) return "stale";
  if (!catalog.complete) return "loading";
  return "fresh";
}
