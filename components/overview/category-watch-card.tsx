"use client";

import { BadgeDollarSign, Tags } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useChanges } from "@/components/activity/use-changes";
import { CardEmpty, CardQueryFace } from "@/components/catalog/card-state";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { activityUrl, templateHistoryHref } from "@/lib/history/activity-url-grammar";
import { isCostlierCategory } from "@/lib/history/severity";
import { cn } from "@/lib/utils/cn";

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
    <section
      aria-labelledby="category-watch-title"
      className="flex flex-col gap-2 rounded-lg border border-border bg-card p-4 shadow-xs"
      data-testid="category-watch"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="category-watch-title" className="text-sm font-semibold">
          {t("title")}
        </h3>
        <Link
          href={activityUrl({ account, from: since, kind: ["category_changed"] })}
          className="text-xs text-primary underline-offset-4 hover:underline"
        >
          {t("all")}
        </Link>
      </div>
      <p className="text-xs text-muted-foreground">{t("description")}</p>
      <CardQueryFace
        query={changes}
        errorTitle={t("error")}
        loadingLabel={t("loading")}
        empty={
          items.length === 0 ? (
            <CardEmpty
              testId="category-watch-empty"
              icon={<Tags aria-hidden className="size-6" />}
              title={t("none")}
              body={t("noneBody")}
            />
          ) : null
        }
      >
        <ul className="divide-y divide-border">
          {items.slice(0, SHOWN).map((e) => {
            const costly = isCostlierCategory(e);
            return (
              <li key={e.id} className={cn("flex flex-col gap-0.5 py-2 text-sm")} data-costly={costly}>
                <span className="flex flex-wrap items-center gap-x-2">
                  <Link
                    href={templateHistoryHref(e.account, e.templateId)}
                    className="min-w-0 break-all font-medium underline-offset-4 hover:underline"
                  >
                    {e.name}
                  </Link>
                  <span className="font-mono text-xs text-muted-foreground">{e.language}</span>
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
      </CardQueryFace>
      {items.some(isCostlierCategory) && (
        <p className="text-xs text-muted-foreground" data-testid="category-watch-costly-note">
          {t("costly")}
        </p>
      )}
    </section>
  );
}
