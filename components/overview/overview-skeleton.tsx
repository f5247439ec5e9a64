"use client";

import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** The page's shape while the first answer is on its way. */
export function OverviewSkeleton() {
  const t = useTranslations("common.actions");
  return (
    <div className="flex flex-col gap-6" data-testid="overview-skeleton">
      <span role="status" className="sr-only">
        {t("loading")}
      </span>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {["a", "b", "c", "d", "e", "f"].map((k) => (
          <Skeleton key={k} className="h-[86px]" rounded="rounded-lg" />
        ))}
      </div>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {["a", "b", "c"].map((k) => (
          <Skeleton key={k} className="h-72" rounded="rounded-lg" />
        ))}
      </div>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {["a", "b", "c"].map((k) => (
          <Skeleton key={k} className="h-56" rounded="rounded-lg" />
        ))}
      </div>
    </div>
  );
}
