"use client";

import {
  type ColumnVisibilityState,
  functionalUpdate,
  type PaginationState,
  type ReactTable,
  type SortingState,
  type Updater,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import type { TemplateListItem } from "@/lib/templates/list-contract";
import { sortingOf, sortOfSorting } from "@/lib/templates/url-grammar";
import { templateColumns } from "./templates-columns";
import { type TemplatesTableFeatures, templatesTableFeatures } from "./templates-table-features";

export type TemplatesTableInstance = ReactTable<TemplatesTableFeatures, TemplateListItem>;
export type TemplatesTableRow = ReturnType<TemplatesTableInstance["getRowModel"]>["rows"][number];

export interface UseTemplatesTableOptions {
  items: readonly TemplateListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** The sort in its URL form (`name`, `-quality`). */
  sort: string;
  columnVisibility: ColumnVisibilityState;
  /** Whether this view lists several accounts, so the account column can be shown at all. */
  accountColumn: boolean;
  onSortChange: (sort: string) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onColumnVisibilityChange: (id: string, visible: boolean) => void;
}

const EMPTY: TemplateListItem[] = [];

/**
 * The one table instance of the templates page, shared by the table, the column menu and the
 * pagination, which all read it instead of keeping their own lists. Its state is controlled: sort
 * and paging live in the URL, column visibility in the browser; every change goes back there.
 */
export function useTemplatesTable(options: UseTemplatesTableOptions): TemplatesTableInstance {
  const { items, total, page, pageSize, sort, columnVisibility, accountColumn } = options;
  const sorting: SortingState = sortingOf(sort);
  const pagination: PaginationState = { pageIndex: page - 1, pageSize };
  // Outside a several-account view the account column is neither shown (see useColumnVisibility)
  // nor offered in the column menu, which lists the columns that can be hidden.
  const columns = useMemo(
    () => templateColumns.map((c) => (c.id === "account" ? { ...c, enableHiding: accountColumn } : c)),
    [accountColumn],
  );
  return useTable({
    features: templatesTableFeatures,
    columns,
    data: (items as TemplateListItem[]) ?? EMPTY,
    getRowId: (row) => `${row.account}:${row.id}`,
    rowCount: total,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) =>
      options.onSortChange(sortOfSorting(functionalUpdate(updater, sorting))),
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) options.onPageSizeChange(next.pageSize);
      else if (next.pageIndex !== pagination.pageIndex) options.onPageChange(next.pageIndex + 1);
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      for (const [id, visible] of Object.entries(next))
        if (visible !== (columnVisibility[id] !== false)) options.onColumnVisibilityChange(id, visible);
    },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: true,
    sortDescFirst: false,
  });
}
