"use client";

import { CirclePlus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils/cn";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Optional leading visual (dot, icon). */
  icon?: React.ReactNode;
}

export interface FacetedFilterProps {
  /** Facet key, used for test ids. */
  facet: string;
  title: string;
  options: FacetOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}

/**
 * Multi-select filter with the server's facet counts ("what clicking this would give"). The menu
 * stays open while ticking several values; counts of zero stay visible but dimmed.
 */
export function FacetedFilter({ facet, title, options, selected, onChange }: FacetedFilterProps) {
  const t = useTranslations("templates.filters");
  const chosen = new Set(selected);
  const selectedLabels = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  const toggle = (value: string) =>
    onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant={selected.length > 0 ? "filter-set" : "filter-unset"}
          size="sm"
          data-testid={`filter-${facet}`}
        >
          <CirclePlus aria-hidden />
          {title}
          {selected.length > 0 && (
            <>
              <span aria-hidden className="mx-0.5 h-4 w-px bg-border" />
              <span className="max-w-40 truncate rounded bg-primary/10 px-1.5 text-xs font-medium text-foreground">
                {selected.length > 2 ? t("selected", { count: selected.length }) : selectedLabels.join(", ")}
              </span>
            </>
          )}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-[min(28rem,70vh)] w-64 overflow-y-auto">
        <DropdownMenuLabel>{title}</DropdownMenuLabel>
        {options.length === 0 && (
          <p className="px-2 py-1.5 text-sm text-muted-foreground">{t("noOptions")}</p>
        )}
        {options.map((option) => (
          <DropdownMenuCheckboxItem
            key={option.value}
            checked={chosen.has(option.value)}
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={() => toggle(option.value)}
            className={cn(option.count === 0 && !chosen.has(option.value) && "text-muted-foreground")}
            data-value={option.value}
          >
            {option.icon}
            <span className="flex-1 truncate">{option.label}</span>
            <span
              className="ms-3 font-mono text-xs tabular-nums text-muted-foreground"
              data-testid="facet-count"
            >
              {option.count}
            </span>
          </DropdownMenuCheckboxItem>
        ))}
        {selected.length > 0 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => onChange([])} className="justify-center">
              <X aria-hidden />
              {t("clear")}
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
