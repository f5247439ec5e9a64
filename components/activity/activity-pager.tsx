"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export interface ActivityPagerProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Newer / older pages of the feed. */
export function ActivityPager({ page, pages, onPage }: ActivityPagerProps) {
  const t = useTranslations("activity.feed");
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-2">
      <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <ChevronLeft aria-hidden />
        {t("previous")}
      </Button>
      <span className="text-sm text-muted-foreground tabular-nums">{t("page", { page, pages })}</span>
      <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t("next")}
        <ChevronRight aria-hidden />
      </Button>
    </nav>
  );
}
