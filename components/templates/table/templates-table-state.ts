import { sortingOf, sortOfSorting } from "@/lib/templates/url-grammar";

/**
 * The table's controlled state, without a table library: the server sorts and pages the whole
 * catalog, so the browser only needs the rules below, kept as TanStack Table applied them
 * (manual sorting and paging, removable sort, ascending first, Shift adding a second sort).
 */

/** Column id → shown. A column not listed is shown. */
export type ColumnVisibility = Record<string, boolean>;

export type SortDirection = "asc" | "desc";

/** The column's direction in the URL sort (`name`, `-quality`), or false when it is not the sort. */
export function sortDirectionOf(sort: string, columnId: string): SortDirection | false {
  const [current] = sortingOf(sort);
  return current.id === columnId ? (current.desc ? "desc" : "asc") : false;
}

/**
 * The URL sort after a header click: an unsorted column sorts ascending, ascending turns
 * descending, descending removes the sort (back to the default). With `addToSort` (Shift) an
 * unsorted column is added after the current sort, which the URL, holding one sort, ignores.
 */
export function nextSort(sort: string, columnId: string, addToSort: boolean): string {
  const current = sortingOf(sort);
  const direction = sortDirectionOf(sort, columnId);
  if (direction === "desc") return sortOfSorting([]);
  if (direction === "asc") return sortOfSorting([{ id: columnId, desc: true }]);
  return sortOfSorting(
    addToSort ? [...current, { id: columnId, desc: false }] : [{ id: columnId, desc: false }],
  );
}

export function isColumnVisible(visibility: ColumnVisibility, columnId: string): boolean {
  return Object.hasOwn(visibility, columnId) ? visibility[columnId] !== false : true;
}

/** Pages of `total` rows; 0 when there are none. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.ceil(total / pageSize);
}
