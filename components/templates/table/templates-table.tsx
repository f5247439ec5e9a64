"use client";

import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, memo, useRef } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { TemplateListItem } from "@/lib/templates/list-contract";
import { cn } from "@/lib/utils/cn";
import type { TemplateColumn } from "./templates-columns";
import type { TemplatesTableInstance } from "./use-templates-table";

export interface TemplatesTableProps {
  table: TemplatesTableInstance;
  onOpen: (item: TemplateListItem) => void;
  /** Id of the template open in the drawer (highlighted; focus returns to it on close). */
  activeId: string | null;
  loading: boolean;
  /** Rows are from the previous query while the new one loads. */
  dimmed: boolean;
}

const WIDTHS: Record<string, string> = {
  name: "min-w-[14rem]",
  language: "w-[9.5rem]",
  category: "w-[8rem]",
  status: "w-[11rem]",
  quality: "w-[9rem]",
  rejectedReason: "w-[10rem]",
  lastChange: "min-w-[13rem]",
  header: "w-[4.5rem]",
  buttons: "w-[7rem]",
  account: "w-[10rem]",
  id: "w-[10rem]",
};

export function TemplatesTable(props: TemplatesTableProps) {
  const { table, onOpen, activeId, loading, dimmed } = props;
  const t = useTranslations("templates");
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { items, pageSize, visibleColumns } = table;

  /** Roving focus over rows: ↑/↓ or j/k move, Home/End jump, Enter opens. */
  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const rows = Array.from(bodyRef.current?.querySelectorAll<HTMLTableRowElement>("tr[data-row]") ?? []);
    const index = rows.indexOf(document.activeElement as HTMLTableRowElement);
    const move = (to: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
      row?.focus();
      event.preventDefault();
    };
    if (event.target instanceof HTMLButtonElement && event.key === "Enter") return;
    switch (event.key) {
      case "ArrowDown":
      case "j":
        return move(index + 1);
      case "ArrowUp":
      case "k":
        return move(index - 1);
      case "Home":
        return move(0);
      case "End":
        return move(rows.length - 1);
      case "Enter": {
        const item = index >= 0 ? items[index] : undefined;
        if (item) {
          event.preventDefault();
          onOpen(item);
        }
      }
    }
  }

  const visibleColumnIds = visibleColumns.map((c) => c.id).join(",");
  const activeOnPage = activeId !== null && items.some((item) => item.id === activeId);
  return (
    <div className="relative overflow-x-auto rounded-lg border border-border bg-card shadow-xs">
      <table
        className="w-full border-collapse text-sm"
        aria-label={t("tableLabel")}
        aria-busy={loading || dimmed}
      >
        <thead className="sticky top-0 z-10 bg-muted/60 backdrop-blur">
          <tr className="border-b border-border">
            {visibleColumns.map((column) => {
              const canSort = column.sortable;
              const dir = table.sortDirection(column.id);
              const label = t(`columns.${column.id}` as "columns.name");
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={
                    dir === "asc" ? "ascending" : dir === "desc" ? "descending" : canSort ? "none" : undefined
                  }
                  className={cn(
                    "h-10 whitespace-nowrap px-3 text-start align-middle text-xs font-semibold uppercase tracking-wide text-muted-foreground",
                    WIDTHS[column.id],
                  )}
                >
                  {canSort ? (
                    <button
                      type="button"
                      onClick={(event) => table.toggleSort(column.id, event.shiftKey)}
                      className="-ms-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 uppercase hover:bg-accent hover:text-foreground"
                    >
                      {label}
                      {dir === "asc" ? (
                        <ArrowUp aria-hidden className="size-3.5" />
                      ) : dir === "desc" ? (
                        <ArrowDown aria-hidden className="size-3.5" />
                      ) : (
                        <ChevronsUpDown aria-hidden className="size-3.5 opacity-50" />
                      )}
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody
          ref={bodyRef}
          onKeyDown={onKeyDown}
          className={cn("transition-opacity", dimmed && "opacity-60")}
        >
          {loading && items.length === 0
            ? Array.from({ length: Math.min(pageSize, 12) }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                <tr key={i} className="border-b border-border last:border-0" data-testid="skeleton-row">
                  {Array.from({ length: visibleColumns.length }, (_, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                    <td key={j} className="px-3 py-3.5">
                      <Skeleton className={cn("h-4", j === 0 ? "w-48" : "w-16")} />
                    </td>
                  ))}
                </tr>
              ))
            : items.map((item, index) => {
                const active = activeId === item.id;
                return (
                  <TemplateRow
                    key={`${item.account}:${item.id}`}
                    item={item}
                    active={active}
                    // One Tab stop for the whole table: the open template's row, else the first.
                    tabStop={activeOnPage ? active : index === 0}
                    columns={visibleColumns}
                    visibleColumns={visibleColumnIds}
                    onOpen={onOpen}
                  />
                );
              })}
        </tbody>
      </table>
    </div>
  );
}

interface TemplateRowProps {
  /** The row's template: a row whose template, state and columns are unchanged renders nothing new. */
  item: TemplateListItem;
  columns: readonly TemplateColumn[];
  active: boolean;
  tabStop: boolean;
  /** `columns`' ids, joined: a change of columns re-renders every row. */
  visibleColumns: string;
  onOpen: (item: TemplateListItem) => void;
}

/**
 * One row. Memoised: opening the drawer or any other URL change re-renders the view, and only
 * the rows whose template, highlight or columns changed should render again (the two rows whose
 * highlight moves when the drawer opens) — not the whole page of rows.
 */
const TemplateRow = memo(
  function TemplateRow({ item, columns, active, tabStop, onOpen }: TemplateRowProps) {
    return (
      <tr
        data-row
        data-template-id={item.id}
        tabIndex={tabStop ? 0 : -1}
        data-active={active || undefined}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("button,a")) return;
          onOpen(item);
        }}
        className={cn(
          "cursor-pointer border-b border-border outline-none last:border-0 hover:bg-accent/60",
          "focus-visible:bg-accent focus-visible:shadow-[inset_3px_0_0_var(--ring)]",
          active && "bg-accent shadow-[inset_3px_0_0_var(--ring)]",
        )}
      >
        {columns.map((column) => (
          <td key={column.id} className="px-3 py-2.5 align-middle">
            {column.cell(item)}
          </td>
        ))}
      </tr>
    );
  },
  (a, b) =>
    a.item === b.item &&
    a.active === b.active &&
    a.tabStop === b.tabStop &&
    a.visibleColumns === b.visibleColumns &&
    a.onOpen === b.onOpen,
);
