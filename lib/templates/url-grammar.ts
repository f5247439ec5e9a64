import { ACCOUNT_PARAM_MAX, ALL_ACCOUNTS } from "@/lib/accounts/account-scope";

/**
 * The grammar of the templates URL (`/templates?…`) and of the query of `GET /api/templates`,
 * `/export` and `/api/overview`: every parameter, its bounds and its default, written once.
 * Two readers are derived from it: the forgiving nuqs parser map of the page and the client
 * (`search-params.ts`) and the strict zod schema of the API (`list-contract.ts`). No zod here on
 * purpose: the browser imports this module.
 */

export const SORT_FIELDS = [
  "name",
  "language",
  "category",
  "status",
  "quality",
  "id",
  "account",
  /** When the console last saw the template change (templates without a recorded change last). */
  "lastChange",
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const FACET_KEYS = ["status", "category", "language", "quality"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const PAGE_SIZE_MIN = 10;
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100] as const;
/** Longest free-text query accepted; longer input is a 400, not a silent cut. */
export const QUERY_MAX_LENGTH = 200;

/** Bounds of every parameter; both readers take them from here. */
export const URL_LIMITS = {
  account: { max: ACCOUNT_PARAM_MAX },
  q: { max: QUERY_MAX_LENGTH },
  /** A facet list (`status=A,B`): the raw value, each value, and how many values. */
  list: { rawMax: 2000, valueMax: 64, count: 50 },
  page: { min: 1, max: 1_000_000 },
  pageSize: { min: PAGE_SIZE_MIN, max: PAGE_SIZE_MAX },
  /** `since` / `until` of a custom "changed within": a UTC day, YYYY-MM-DD. */
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/ },
} as const;

/** The sort of the table and the API: a field and a direction. */
export interface SortSpec {
  field: SortField;
  desc: boolean;
}

/** The URL form of the default sort (name, ascending). */
export const DEFAULT_SORT = "name";

/** Defaults: what an absent parameter means (and what drops out of a serialised URL). */
export const URL_DEFAULTS = {
  account: ALL_ACCOUNTS,
  q: "",
  sort: DEFAULT_SORT,
  page: 1,
  pageSize: PAGE_SIZE_DEFAULT,
} as const;

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
 * The sort as the URL carries it, read for the table and the query engine: an unknown value
 * reads as the default (the URL parser already refuses those, so this is only a type narrowing).
 */
export function sortSpecOf(sort: string): SortSpec {
  return parseSort(sort) ?? (parseSort(DEFAULT_SORT) as SortSpec);
}

/**
 * The sort between the URL and the table: a sorting list (one column) from the URL form,
 * and back. No sort (the user cleared it) is the default sort.
 */
export function sortingOf(sort: string): [{ id: SortField; desc: boolean }] {
  const { field, desc } = sortSpecOf(sort);
  return [{ id: field, desc }];
}

export function sortOfSorting(sorting: readonly { id: string; desc: boolean }[]): string {
  const first = sorting[0];
  const spec = first ? parseSort(first.id) : null;
  return spec ? formatSort({ ...spec, desc: first?.desc ?? false }) : DEFAULT_SORT;
}

/** Whether `value` is a whole number within the bounds (the URL form: digits only). */
export function isIntWithin(raw: string, bounds: { min: number; max: number }): boolean {
  return /^\d{1,9}$/.test(raw) && Number(raw) >= bounds.min && Number(raw) <= bounds.max;
}

/**
 * Predefined views that no combination of AND-ed filters can express. `attention`: rejected,
 * paused or disabled, OR rated RED/YELLOW (`ATTENTION_QUALITIES` of the quality scale) — what a support agent or manager must look at.
 */
export const VIEWS = ["attention", "partial"] as const;
export type View = (typeof VIEWS)[number];
export const ATTENTION_STATUSES = ["REJECTED", "PAUSED", "DISABLED"] as const;

/**
 * "Changed within": the last recorded change of a template falls in the last 24 hours, 7 days,
 * 30 days, or (custom) between `since` and `until` (UTC days, both inclusive, either optional).
 */
export const CHANGED_WINDOWS = ["24h", "7d", "30d", "custom"] as const;
export type ChangedWindow = (typeof CHANGED_WINDOWS)[number];
/** The relative windows and their length; also the keys of the `changed` facet counts. */
export const CHANGED_WINDOW_MS = { "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000 } as const;
export type RelativeChangedWindow = keyof typeof CHANGED_WINDOW_MS;
export const RELATIVE_CHANGED_WINDOWS = Object.keys(CHANGED_WINDOW_MS) as RelativeChangedWindow[];

/** A real calendar day in the URL form (YYYY-MM-DD), or false. */
export function isUrlDay(raw: string): boolean {
  if (!URL_LIMITS.day.pattern.test(raw)) return false;
  const ms = Date.parse(`${raw}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === raw;
}

/**
 * The interval [from, to] (epoch ms, inclusive) a "changed within" selects at `now`, or null when
 * no window is selected. A custom window without `since`/`until` is open on that side.
 */
export function changedRange(
  filter: { changed?: ChangedWindow | null; since?: string | null; until?: string | null },
  now: number,
): { from: number; to: number } | null {
  const { changed } = filter;
  if (!changed) return null;
  if (changed !== "custom") return { from: now - CHANGED_WINDOW_MS[changed], to: Number.POSITIVE_INFINITY };
  const from = filter.since && isUrlDay(filter.since) ? Date.parse(`${filter.since}T00:00:00Z`) : 0;
  const to =
    filter.until && isUrlDay(filter.until)
      ? Date.parse(`${filter.until}T00:00:00Z`) + 86_400_000 - 1
      : Number.POSITIVE_INFINITY;
  return { from, to };
}

/** The drawer's tabs (`tab=history` opens the History tab); `details` is the default. */
export const DRAWER_TABS = ["details", "history"] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];
