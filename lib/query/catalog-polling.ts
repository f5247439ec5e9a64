import type { CatalogState } from "@/lib/templates/list-contract";

/**
 * How often to ask again while the server is still walking or refreshing a catalog (rows and
 * numbers grow as pages arrive); no polling once it is complete and idle, or stopped by an error.
 */
export function catalogPollInterval(catalog: CatalogState | undefined, ms: number): number | false {
  if (!catalog) return false;
  return (!catalog.complete && !catalog.error) || catalog.refreshing ? ms : false;
}
