"use client";

import { Columns3 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TemplatesTableInstance } from "./use-templates-table";

export interface ColumnMenuProps {
  table: TemplatesTableInstance;
}

/** Shows or hides the columns the table state says can be hidden in this view. */
export function ColumnMenu({ table }: ColumnMenuProps) {
  const t = useTranslations("templates");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" data-testid="column-menu">
          <Columns3 aria-hidden />
          <span className="hidden lg:inline">{t("columnsMenu.label")}</span>
          <span className="sr-only lg:hidden">{t("columnsMenu.label")}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{t("columnsMenu.title")}</DropdownMenuLabel>
        {table.hideableColumns.map((column) => (
          <DropdownMenuCheckboxItem
            key={column.id}
            checked={table.isVisible(column.id)}
            onSelect={(e) => e.preventDefault()}
            onCheckedChange={(checked) => table.setVisible(column.id, checked === true)}
          >
            {t(`columns.${column.id}` as "columns.name")}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
