"use client";

import { BadgeDollarSign, Tags } from "lucide-react";
import { useTranslations } from "next-intl";
import { useChanges } from "@/components/activity/use-changes";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { activityUrl } from "@/lib/history/activity-url-grammar";
import { isCostlierCategory } from "@/lib/history/severity";
import { cn } from "@/lib/utils/cn";
import { ChangeListCard, ChangeTemplateName } from "./change-list-card";

const SHOWN = 8;

/** Templates recategorised in the period; UTILITY → MARKETING first and highlighted (it costs more). */
export function CategoryWatchCard({ account, since }: { account: string; since: number }) {
  const t = useTranslations("overview.trends.categoryWatch");
  const labels = useEnumLabels();
  const changes = useChanges(
    new URLSearchParams({ account, since: String(since), kind: "category_changed", pageSize: "500" }),
  );
  const items = [...(changes.data?.items ?? [])].sort(
    (a, b) => Number(isCostlierCategory(b)) - Number(isCostlierCategory(a)) || b.observedAt - a.observedAt,
  );
  return (
    <ChangeListCard
      id="category-watch"
      messages="overview.trends.categoryWatch"
      allHref={activityUrl({ account, from: since, kind: ["category_changed"] })}
      query={changes}
      emptyIcon={items.length === 0 ? <Tags aria-hidden className="size-6" /> : null}
      footer={
        items.some(isCostlierCategory) && (
          <p className="text-xs text-muted-foreground" data-testid="category-watch-costly-note">
            {t("costly")}
          </p>
        )
      }
    >
      <ul className="divide-y divide-border">
        {items.slice(0, SHOWN).map((e) => {
          const costly = isCostlierCategory(e);
          return (
            <li key={e.id} className={cn("flex flex-col gap-0.5 py-2 text-sm")} data-costly={costly}>
              <span className="flex flex-wrap items-baseline gap-x-2">
                <ChangeTemplateName event={e} />
                <span className="text-muted-foreground">
                  {labels.category(e.from ?? "")} → {labels.category(e.to ?? "")}
                </span>
              </span>
              {costly && (
                <span className="inline-flex items-center gap-1 text-xs font-medium text-warning">
                  <BadgeDollarSign aria-hidden className="size-3.5" />
                  {t("costlyBadge")}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </ChangeListCard>
  );
}
