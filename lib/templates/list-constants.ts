/**
 * Constants of the templates list (sort fields, facets, page sizes, views) and the sort helpers.
 * No zod here on purpose: the browser imports this module, and the schemas in list-contract.ts
 * (which use these) stay on the server.
 */

export const SORT_FIELDS = ["name", "language", "category", "status", "quality", "id", "account"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const FACET_KEYS = ["status", "category", "language", "quality"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const PAGE_SIZE_MIN = 10;
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100] as const;
export const ALL_ACCOUNTS = "all";
/** Longest free-text query accepted; longer input is a 400, not a silent cut. */
export const QUERY_MAX_LENGTH = 200;

export interface SortSpec {
  field: SortField;
  desc: boolean;
}

/** "name" → asc, "-quality" → desc. */
export function parseSort(raw: string): SortSpec | null {
  const desc = raw.startsWith("-");
  const field = desc ? raw.slice(1) : raw;
  return (SORT_FIELDS as readonly string[]).includes(field) ? { field: field as SortField, desc } : null;
}

export function formatSort(sort: SortSpec): string {
  return `${sort.desc ? "-" : ""}${sort.field}`;
}

/**
 * Predefined views that no combination of AND-ed filters can express. `attention`: rejected,
 * paused or disabled, OR rated RED/YELLOW — what a support agent or manager must look at.
 * `partial`: templates the console could not fully read (see lib/nxcloud/template-tolerant.ts).
 */
export const VIEWS = ["attention", "partial"] as const;
export type View = (typeof VIEWS)[number];
export const ATTENTION_STATUSES = ["REJECTED", "PAUSED", "DISABLED"] as const;
export const ATTENTION_QUALITIES = ["RED", "YELLOW"] as const;
