"use client";

import { Check, Clock3 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { FacetCounts } from "@/lib/templates/list-contract";
import type { TemplateSearchState } from "@/lib/templates/search-params";
import { RELATIVE_CHANGED_WINDOWS } from "@/lib/templates/url-grammar";

type ChangedState = Pick<TemplateSearchState, "changed" | "since" | "until">;

export interface ChangedFilterProps {
  state: ChangedState;
  /** Rows matching the other filters per window (the server's `facets.changed`). */
  counts: FacetCounts | undefined;
  onChange: (patch: ChangedState & { page: number }) => void;
}

/**
 * "Changed within": one window at a time (24 h, 7 days, 30 days, or custom days), each with how
 * many templates it would list. The custom days are two native date inputs (keyboard and screen
 * reader friendly, localised by the browser).
 */
export function ChangedFilter({ state, counts, onChange }: ChangedFilterProps) {
  const t = useTranslations("templateHistory.changed");
  const format = useFormatter();
  // controlled, so that applying custom days closes the menu like picking a preset does
  const [open, setOpen] = useState(false);
  const active = state.changed;
  // the days of a custom window are UTC days (like the URL), shown in the user's language
  const day = (value: string | null) =>
    value
      ? format.dateTime(Date.parse(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
      : t("open");
  const summary =
    active === "custom"
      ? t("customLabel", { since: day(state.since), until: day(state.until) })
      : active
        ? t(active)
        : null;
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>
        <Button variant={active ? "filter-set" : "filter-unset"} size="sm" data-testid="filter-changed">
          <Clock3 aria-hidden />
          {t("filter")}
          {summary && (
            <>
              <span aria-hidden className="mx-0.5 h-4 w-px bg-border" />
              <span
                className="max-w-56 truncate rounded bg-primary/10 px-1.5 text-xs font-medium text-foreground"
                data-testid="filter-changed-summary"
              >
                {summary}
              </span>
            </>
          )}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>{t("filter")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={active ?? "any"}
          onValueChange={(value) => {
            if (value === "custom") return;
            onChange({
              changed: value === "any" ? null : (value as ChangedState["changed"]),
              since: null,
              until: null,
              page: 1,
            });
          }}
        >
          <DropdownMenuRadioItem value="any">{t("any")}</DropdownMenuRadioItem>
          {RELATIVE_CHANGED_WINDOWS.map((w) => (
            <DropdownMenuRadioItem key={w} value={w} data-value={w}>
              <span className="flex-1">{t(w)}</span>
              {counts && <span className="ms-auto tabular-nums text-muted-foreground">{counts[w] ?? 0}</span>}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        {/* Mounted on each open (the menu's content unmounts when closed): the inputs start from
            the URL, so Back, Forward and "clear filters" never leave stale days in them. */}
        <CustomDaysForm
          state={state}
          onApply={(patch) => {
            setOpen(false);
            onChange(patch);
          }}
        />
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function CustomDaysForm({
  state,
  onApply,
}: {
  state: ChangedState;
  onApply: ChangedFilterProps["onChange"];
}) {
  const t = useTranslations("templateHistory.changed");
  const [since, setSince] = useState(state.since ?? "");
  const [until, setUntil] = useState(state.until ?? "");
  const active = state.changed === "custom";
  return (
    <form
      className="flex flex-col gap-2 px-2 py-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ changed: "custom", since: since || null, until: until || null, page: 1 });
      }}
      // keys typed in the date inputs belong to them, not to the menu's type-ahead
      onKeyDown={(event) => event.stopPropagation()}
      data-testid="changed-custom"
      data-active={active}
    >
      <span className="flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
        {t("custom")}
        {active && <Check aria-label={t("customActive")} className="size-3.5 text-foreground" />}
      </span>
      <div className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1.5 text-sm">
        <DateField label={t("since")} value={since} max={until} onChange={setSince} testId="changed-since" />
        <DateField label={t("until")} value={until} min={since} onChange={setUntil} testId="changed-until" />
      </div>
      <p className="text-xs text-muted-foreground">{t("customHint")}</p>
      <Button
        type="submit"
        size="sm"
        variant="outline"
        disabled={(!since && !until) || (since !== "" && until !== "" && since > until)}
        data-testid="changed-apply"
      >
        {t("apply")}
      </Button>
    </form>
  );
}

/** A labelled date input (label and field are the two cells of one grid row). */
function DateField({
  label,
  value,
  min,
  max,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  min?: string;
  max?: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(e) => onChange(e.target.value)}
        className="h-8 min-w-0 rounded-md border border-input bg-background px-2 text-sm"
        data-testid={testId}
      />
    </>
  );
}
