"use client";

import { ArrowRightLeft, History } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { Badge } from "@/components/ui/badge";
import type { Template } from "@/lib/nxcloud/schemas";
import { categoryChange } from "@/lib/templates/preview/presentation";
import { isLegacyCategory } from "@/lib/templates/status-info";

/** Category label, a "legacy" mark for pre-2023 categories, and any pending or past recategorisation. */
export function CategoryDetail({ template }: { template: Template }) {
  const t = useTranslations("drawer.details");
  const ts = useTranslations("status.category");
  const labels = useEnumLabels();
  const change = categoryChange(template);
  const legacy = isLegacyCategory(template.category);
  return (
    <div className="flex flex-col gap-1.5">
      <span className="flex flex-wrap items-center gap-2">
        {labels.category(template.category)}
        {legacy && (
          <Badge tone="neutral" title={ts("legacyHint")}>
            <History aria-hidden />
            {t("legacy")}
          </Badge>
        )}
      </span>
      {legacy && <span className="text-xs text-muted-foreground">{ts("legacyHint")}</span>}
      {change && (
        <p
          data-testid="category-change"
          className="flex gap-1.5 rounded-md bg-warning-soft px-2.5 py-1.5 text-xs leading-relaxed text-foreground"
        >
          <ArrowRightLeft aria-hidden className="mt-0.5 size-3.5 shrink-0 text-warning" />
          {t(change.kind === "pending" ? "categoryPending" : "categoryChanged", {
            from: labels.category(change.from),
            to: labels.category(change.to),
          })}
        </p>
      )}
    </div>
  );
}
