"use client";

import { Sparkles } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { LastVisitResponse } from "@/lib/history/visit-contract";

/** "12 changes since Tuesday 10:40" with "Mark all as seen"; nothing before a first visit. */
export function LastVisitBanner({
  visit,
  onMarkSeen,
  pending,
}: {
  visit: LastVisitResponse | undefined;
  onMarkSeen: () => void;
  pending: boolean;
}) {
  const t = useTranslations("templateHistory.visit");
  const format = useFormatter();
  if (!visit || visit.seenAt === null || visit.changes === 0) return null;
  const since = format.dateTime(visit.seenAt, { weekday: "long", hour: "2-digit", minute: "2-digit" });
  return (
    <section
      aria-label={t("region")}
      data-testid="last-visit"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-primary/30 bg-primary/5 px-3 py-2 text-sm"
    >
      <Sparkles aria-hidden className="size-4 text-primary" />
      <span data-testid="last-visit-count" data-count={visit.changes}>
        {t("count", { count: visit.changes, since })}
      </span>
      <Button
        size="sm"
        variant="outline"
        className="ms-auto"
        onClick={onMarkSeen}
        disabled={pending}
        data-testid="mark-seen"
      >
        {t("markSeen")}
      </Button>
    </section>
  );
}
