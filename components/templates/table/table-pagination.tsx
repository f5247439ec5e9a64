"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PAGE_SIZE_OPTIONS } from "@/lib/templates/url-grammar";
import { cn } from "@/lib/utils/cn";
import type { TemplatesTableInstance } from "./use-templates-table";

export interface TablePaginationProps {
  table: TemplatesTableInstance;
}

/** Page numbers around the current one, with the first and last always present. */
export function pageWindow(page: number, pages: number, span = 1): (number | "gap")[] {
  const out: (number | "gap")[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= span) out.push(p);
    else if (out[out.length - 1] !== "gap") out.push("gap");
  }
  return out;
}

/** Paging of the table state (server-side: its row count is the total of the query). */
export function TablePagination({ table }: TablePaginationProps) {
  const t = useTranslations("templates.pagination");
  const { page, pageSize, total, pageCount } = table;
  const pages = Math.max(1, pageCount);
  // As TanStack Table's paging had it: "next" and "last" need a page after this one.
  const canPrevious = page > 1;
  const canNext = pageCount > 0 && page < pageCount;
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <div className="flex flex-col-reverse items-center justify-between gap-3 sm:flex-row">
      <div className="flex items-center gap-3 text-sm text-muted-foreground">
        <label className="flex items-center gap-2">
          <span className="whitespace-nowrap">{t("pageSize")}</span>
          <select
            value={pageSize}
            onChange={(e) => table.setPageSize(Number(e.target.value))}
            className="h-8 rounded-md border border-input bg-card px-2 text-sm text-foreground"
            data-testid="page-size"
          >
            {PAGE_SIZE_OPTIONS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <span className="tabular-nums" data-testid="range-summary">
          {t("summary", { from, to, total })}
        </span>
      </div>
      <nav aria-label={t("nav")} className="flex items-center gap-1">
        <Button
          variant="outline"
          size="icon-sm"
          onClick={() => table.goToPage(1)}
          disabled={!canPrevious}
          aria-label={t("first")}
        >
          <ChevronsLeft aria-hidden className="rtl:rotate-180" />
        </Button>
        <Button
          variant="outline"
          size="icon-sm"
          onClick={() => table.goToPage(page - 1)}
          disabled={!canPrevious}
          aria-label={t("previous")}
        >
          <ChevronLeft aria-hidden className="rtl:rotate-180" />
        </Button>
        <span className="hidden items-center gap-1 sm:flex">
          {pageWindow(page, pages).map((p, i) =>
            p === "gap" ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: gaps are positional
              <span key={`gap-${i}`} aria-hidden className="px-1 text-muted-foreground">
                …
              </span>
            ) : (
              <Button
                key={p}
                variant={p === page ? "default" : "ghost"}
                size="icon-sm"
                className={cn("w-auto min-w-8 px-2 tabular-nums")}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("goTo", { page: p })}
                onClick={() => table.goToPage(p)}
              >
                {p}
              </Button>
            ),
          )}
        </span>
        <span className="px-2 text-sm tabular-nums text-muted-foreground sm:hidden">
          {t("page", { page, pages })}
        </span>
        <Button
          variant="outline"
          size="icon-sm"
          onClick={() => table.goToPage(page + 1)}
          disabled={!canNext}
          aria-label={t("next")}
        >
          <ChevronRight aria-hidden className="rtl:rotate-180" />
        </Button>
        <Button
          variant="outline"
          size="icon-sm"
          onClick={() => table.goToPage(pageCount)}
          disabled={!canNext}
          aria-label={t("last")}
        >
          <ChevronsRight aria-hidden className="rtl:rotate-180" />
        </Button>
      </nav>
    </div>
  );
}
