"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { OverviewEntry } from "@/lib/templates/overview-contract";
import { TemplateEntry } from "./template-entry";
import type { OverviewLabels } from "./use-overview-labels";

export interface EntryListProps {
  entries: OverviewEntry[];
  labels: OverviewLabels;
  accountLabels: Record<string, string> | null;
  show: "status" | "quality";
  /** How many to show before "Show more". */
  initial?: number;
}

/** The first few entries of a list, the rest (up to the API's cap) behind "Show more". */
export function EntryList({ entries, labels, accountLabels, show, initial = 6 }: EntryListProps) {
  const t = useTranslations("overview.attention");
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? entries : entries.slice(0, initial);
  return (
    <div className="flex flex-col">
      <ul className="divide-y divide-border/70">
        {visible.map((entry) => (
          <TemplateEntry
            key={`${entry.account}:${entry.id}`}
            entry={entry}
            labels={labels}
            show={show}
            accountLabel={accountLabels ? (accountLabels[entry.account] ?? entry.account) : undefined}
          />
        ))}
      </ul>
      {entries.length > initial && (
        <Button
          variant="ghost"
          size="sm"
          className="self-start"
          aria-expanded={expanded}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? t("showLess") : t("showMore", { count: entries.length - initial })}
        </Button>
      )}
    </div>
  );
}
