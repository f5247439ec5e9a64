"use client";

import { Activity, CheckCircle2, History, LayoutGrid, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TemplateSearchState } from "@/lib/templates/search-params";
import { DEFAULT_SORT, URL_DEFAULTS } from "@/lib/templates/url-grammar";
import { cn } from "@/lib/utils/cn";

export type QuickView = "all" | "ready" | "attention" | "quality" | "recent";

const FILTER_RESET: Partial<TemplateSearchState> = {
  q: "",
  status: [],
  category: [],
  language: [],
  quality: [],
  view: null,
  changed: null,
  since: null,
  until: null,
  sort: DEFAULT_SORT,
  page: URL_DEFAULTS.page,
};

/** Each view is just URL state: shareable, bookmarkable, and a starting point for more filters. */
export const QUICK_VIEWS: Record<QuickView, Partial<TemplateSearchState>> = {
  all: { ...FILTER_RESET },
  ready: { ...FILTER_RESET, status: ["APPROVED"] },
  attention: { ...FILTER_RESET, view: "attention" },
  quality: { ...FILTER_RESET, sort: "-quality" },
  recent: { ...FILTER_RESET, changed: "7d", sort: "-lastChange" },
};

type Filters = Pick<
  TemplateSearchState,
  "q" | "status" | "category" | "language" | "quality" | "view" | "sort"
> &
  Partial<Pick<TemplateSearchState, "changed">>;

export function activeQuickView(s: Filters): QuickView | null {
  const noFilters = !s.q && !s.category.length && !s.language.length && !s.quality.length;
  if (!noFilters) return null;
  const changed = s.changed ?? null;
  if (changed !== null) {
    return changed === "7d" && !s.view && !s.status.length && s.sort === "-lastChange" ? "recent" : null;
  }
  if (s.view === "attention" && !s.status.length && s.sort === DEFAULT_SORT) return "attention";
  if (s.view) return null;
  if (s.status.length === 1 && s.status[0] === "APPROVED" && s.sort === DEFAULT_SORT) return "ready";
  if (!s.status.length && s.sort === "-quality") return "quality";
  if (!s.status.length && s.sort === DEFAULT_SORT) return "all";
  return null;
}

const ITEMS = [
  { view: "all", icon: LayoutGrid, label: "all", hint: null },
  { view: "ready", icon: CheckCircle2, label: "ready", hint: "readyHint" },
  { view: "attention", icon: TriangleAlert, label: "attention", hint: "attentionHint" },
  { view: "quality", icon: Activity, label: "quality", hint: "qualityHint" },
  { view: "recent", icon: History, label: "recent", hint: "recentHint" },
] as const;

export interface QuickViewsProps {
  state: Filters;
  onSelect: (view: QuickView) => void;
}

export function QuickViews({ state, onSelect }: QuickViewsProps) {
  const t = useTranslations("templates.views");
  const active = activeQuickView(state);
  return (
    <fieldset className="-mx-1 flex min-w-0 gap-1 overflow-x-auto border-0 px-1 pb-1">
      <legend className="sr-only">{t("label")}</legend>
      {ITEMS.map(({ view, icon: Icon, label, hint }) => (
        <button
          key={view}
          type="button"
          aria-pressed={active === view}
          title={hint ? t(hint) : undefined}
          onClick={() => onSelect(view)}
          data-testid={`view-${view}`}
          className={cn(
            "inline-flex h-8 shrink-0 items-center gap-1.5 rounded-full border px-3 text-[13px] font-medium transition-colors",
            active === view
              ? "border-primary/40 bg-primary/10 text-foreground"
              : "border-border bg-card text-muted-foreground hover:bg-accent hover:text-foreground",
          )}
        >
          <Icon aria-hidden className="size-3.5" />
          {t(label)}
        </button>
      ))}
    </fieldset>
  );
}
