"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useLanguageName } from "@/components/shell/language-names";
import { Badge } from "@/components/ui/badge";
import type { OverviewEntry } from "@/lib/templates/overview-contract";
import { templateHref } from "@/lib/templates/overview-links";
import { qualityTone } from "@/lib/templates/quality-scale";
import { statusInfo } from "@/lib/templates/status-info";
import type { OverviewLabels } from "./use-overview-labels";

export interface TemplateEntryProps {
  entry: OverviewEntry;
  labels: OverviewLabels;
  /** Account label, shown when the overview covers several accounts. */
  accountLabel?: string;
  /** What to show on the right: the status, or the quality rating with its date. */
  show: "status" | "quality";
}

/** One template in a "needs attention" list; its name opens the template's drawer in the table. */
export function TemplateEntry({ entry, labels, accountLabel, show }: TemplateEntryProps) {
  const t = useTranslations("overview.attention");
  const languageName = useLanguageName();
  const format = useFormatter();
  const language = languageName(entry.language);
  return (
    <li className="flex min-w-0 items-center gap-3 py-2" data-testid="attention-entry" data-id={entry.id}>
      <div className="min-w-0 flex-1">
        <Link
          href={templateHref(entry.account, entry.id)}
          className="block truncate font-mono text-[13px] font-medium hover:underline"
        >
          {entry.name}
          <span className="sr-only"> ({language})</span>
        </Link>
        <p className="truncate text-xs text-muted-foreground">
          {[language, labels.category(entry.category), accountLabel].filter(Boolean).join(" · ")}
        </p>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-0.5">
        {show === "status" ? (
          <Badge tone={statusInfo(entry.status).tone}>{labels.status(entry.status)}</Badge>
        ) : (
          <>
            <Badge tone={qualityTone(entry.quality)}>{labels.quality(entry.quality)}</Badge>
            {entry.qualityDate !== null && (
              <span className="text-[11px] text-muted-foreground">
                {t("ratedOn", { date: format.dateTime(entry.qualityDate * 1000, { dateStyle: "medium" }) })}
              </span>
            )}
          </>
        )}
      </div>
    </li>
  );
}
