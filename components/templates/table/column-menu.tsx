"use client";

import type { ColumnVisibilityState } from "@tanstack/react-table";
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
import { TOGGLEABLE_COLUMNS } from "./templates-columns";

export interface ColumnMenuProps {
  visibility: ColumnVisibilityState;
  onChange: (id: string, visible: boolean) => void;
  /** Columns that cannot be shown in this view (the account column outside "All accounts"). */
  unavailable?: readonly string[];
}

export function ColumnMenu({ visibility, onChange, unavailable = [] }: ColumnMenuProps) {
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
        {TOGGLEABLE_COLUMNS.filter((id) => !unavailable.includes(id)).map((id) => (
          <DropdownMenuCheckboxItem
            key={id}
            checked={visibility[id] !== false}
            onSelect={(e) => e.preventDefault()}
            onCheckedChange={(checked) => onChange(id, checked === true)}
          >
            {t(`columns.${id}`)}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
