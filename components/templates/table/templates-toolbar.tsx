"use client";

import { Download, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useLanguageName } from "@/components/shell/language-names";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import type { TemplateListResponse } from "@/lib/templates/list-contract";
import { orderQualities, QUALITY_ORDER } from "@/lib/templates/quality-scale";
import { hasActiveFilters, type TemplateSearchState, toApiSearch } from "@/lib/templates/search-params";
import { FACET_KEYS, type FacetKey } from "@/lib/templates/url-grammar";
import { cn } from "@/lib/utils/cn";
import { QUALITY_DOT } from "../quality-indicator";
import { useEnumLabels } from "../use-enum-labels";
import { ChangedFilter } from "./changed-filter";
import { ColumnMenu } from "./column-menu";
import { FacetedFilter, type FacetOption } from "./faceted-filter";
import { SearchBox } from "./search-box";
import type { TemplatesTableInstance } from "./use-templates-table";

export interface TemplatesToolbarProps {
  state: TemplateSearchState;
  facets: TemplateListResponse["facets"] | undefined;
  total: number | undefined;
  /** False while the catalog is still loading: the export then holds only what has arrived. */
  catalogComplete: boolean;
  /** `push`: a deliberate choice that Back should undo (not a keystroke). */
  onChange: (patch: Partial<TemplateSearchState>, push?: boolean) => void;
  onReset: () => void;
  /** The table instance, for the column menu. */
  table: TemplatesTableInstance;
}

function byCountThenLabel(a: FacetOption, b: FacetOption) {
  return b.count - a.count || a.label.localeCompare(b.label);
}

export function TemplatesToolbar(props: TemplatesToolbarProps) {
  const { state, facets, total, catalogComplete, onChange, onReset, table } = props;
  const t = useTranslations("templates");
  const languageName = useLanguageName();
  const labels = useEnumLabels();

  const options = (facet: FacetKey): FacetOption[] => {
    const counts = facets?.[facet] ?? {};
    // Quality is a short, fixed scale: every level stays visible (with 0) so the scale reads whole.
    const always = facet === "quality" ? QUALITY_ORDER : [];
    const values = new Set([...always, ...Object.keys(counts), ...state[facet]]);
    const list = [...values].map((value) => {
      const count = counts[value] ?? 0;
      switch (facet) {
        case "status":
          return { value, count, label: labels.status(value) };
        case "category":
          return { value, count, label: labels.category(value) };
        case "language":
          return { value, count, label: `${languageName(value)} · ${value}` };
        default:
          return {
            value,
            count,
            label: labels.quality(value === "NONE" ? null : value),
            icon: (
              <span
                aria-hidden
                className={cn("size-2.5 shrink-0 rounded-full", QUALITY_DOT[value] ?? "bg-neutral")}
              />
            ),
          };
      }
    });
    if (facet === "quality") {
      const order = orderQualities(values);
      return list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
    }
    return list.sort(byCountThenLabel);
  };

  const filtered = hasActiveFilters(state);

  return (
    <div className="flex flex-col gap-2 lg:flex-row lg:items-center">
      <SearchBox value={state.q} onChange={(q) => onChange({ q, page: 1 })} />
      <div className="flex flex-wrap items-center gap-2">
        {FACET_KEYS.map((facet) => (
          <FacetedFilter
            key={facet}
            facet={facet}
            title={t(`filters.${facet}`)}
            options={options(facet)}
            selected={state[facet]}
            onChange={(next) => onChange({ [facet]: next, page: 1 }, true)}
          />
        ))}
        <ChangedFilter state={state} counts={facets?.changed} onChange={(next) => onChange(next, true)} />
        {filtered && (
          <Button variant="ghost" size="sm" onClick={onReset} data-testid="reset-filters">
            <X aria-hidden />
            {t("filters.reset")}
          </Button>
        )}
      </div>
      <div className="flex items-center gap-2 lg:ms-auto">
        <ColumnMenu table={table} />
        <a
          href={`/api/templates/export${toApiSearch({ ...state, page: 1, pageSize: 20 })}`}
          download
          className={buttonClasses("outline", "sm")}
          title={
            total === undefined
              ? undefined
              : catalogComplete
                ? t("export.hint", { count: total })
                : t("export.partialHint", { count: total })
          }
          data-testid="export-csv"
        >
          <Download aria-hidden />
          <span>{t("export.label")}</span>
        </a>
      </div>
    </div>
  );
}
