"use client";

import { useMemo } from "react";
import type { TemplateListItem } from "@/lib/templates/list-contract";
import { type TemplateColumn, templateColumns } from "./templates-columns";
import {
  type ColumnVisibility,
  isColumnVisible,
  nextSort,
  pageCountOf,
  type SortDirection,
  sortDirectionOf,
} from "./templates-table-state";

export interface UseTemplatesTableOptions {
  items: readonly TemplateListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** The sort in its URL form (`name`, `-quality`). */
  sort: string;
  columnVisibility: ColumnVisibility;
  /** Whether this view lists several accounts, so the account column can be shown at all. */
  accountColumn: boolean;
  onSortChange: (sort: string) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  onColumnVisibilityChange: (id: string, visible: boolean) => void;
}

/** What the table, the column menu and the pagination read and change. */
export interface TemplatesTableInstance {
  items: readonly TemplateListItem[];
  /** The shown columns, in order. */
  visibleColumns: readonly TemplateColumn[];
  /** The columns the column menu offers in this view. */
  hideableColumns: readonly TemplateColumn[];
  isVisible: (columnId: string) => boolean;
  setVisible: (columnId: string, visible: boolean) => void;
  sortDirection: (columnId: string) => SortDirection | false;
  /** A header click; `addToSort` is the Shift key. */
  toggleSort: (columnId: string, addToSort: boolean) => void;
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  /** 0 when there are no rows. */
  pageCount: number;
  /** Goes to a page (1-based; never below the first). */
  goToPage: (page: number) => void;
  setPageSize: (pageSize: number) => void;
}

/**
 * The one table state of the templates page, shared by the table, the column menu and the
 * pagination, which all read it instead of keeping their own lists. It is controlled: sort and
 * paging live in the URL, column visibility in the browser; every change goes back there.
 */
export function useTemplatesTable(options: UseTemplatesTableOptions): TemplatesTableInstance {
  const { items, total, page, pageSize, sort, columnVisibility, accountColumn } = options;
  // Outside a several-account view the account column is neither shown (see useColumnVisibility)
  // nor offered in the column menu, which lists the columns that can be hidden.
  const hideableColumns = useMemo(
    () => templateColumns.filter((c) => (c.id === "account" ? accountColumn : c.hideable)),
    [accountColumn],
  );
  const isVisible = (columnId: string) => isColumnVisible(columnVisibility, columnId);
  const goToPage = (to: number) => {
    const next = Math.max(1, to);
    if (next !== page) options.onPageChange(next);
  };
  return {
    items,
    visibleColumns: templateColumns.filter((c) => isVisible(c.id)),
    hideableColumns,
    isVisible,
    setVisible: (columnId, visible) => {
      if (hideableColumns.some((c) => c.id === columnId) && visible !== isVisible(columnId))
        options.onColumnVisibilityChange(columnId, visible);
    },
    sortDirection: (columnId) => sortDirectionOf(sort, columnId),
    toggleSort: (columnId, addToSort) => options.onSortChange(nextSort(sort, columnId, addToSort)),
    page,
    pageSize,
    total,
    pageCount: pageCountOf(total, pageSize),
    goToPage,
    setPageSize: (size) => {
      const next = Math.max(1, size);
      if (next !== pageSize) options.onPageSizeChange(next);
    },
  };
}
