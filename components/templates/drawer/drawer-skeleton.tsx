"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { Skeleton } from "@/components/ui/skeleton";

/** The drawer while the template loads: its shape and a live "loading" line. */
export function DrawerSkeleton({ waitingForCatalog }: { waitingForCatalog: boolean }) {
  const t = useTranslations("drawer");
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="drawer-loading" aria-busy="true">
      <div className="border-b border-border py-3 ps-4 pe-14 md:pt-4 md:ps-5 md:pe-16">
        <Dialog.Title className="sr-only">{t("loading")}</Dialog.Title>
        <Skeleton className="h-6 w-56 max-w-full" />
        <Skeleton className="mt-2 h-5 w-72 max-w-full" />
      </div>
      <p role="status" className="px-4 pt-3 text-sm text-muted-foreground md:px-5">
        {waitingForCatalog ? t("loadingCatalog") : <span className="sr-only">{t("loading")}</span>}
      </p>
      <div className="grid min-h-0 flex-1 gap-6 p-4 md:grid-cols-[minmax(0,380px)_minmax(0,1fr)] md:p-5">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-8 w-52" />
          <Skeleton className="h-[420px] w-full" rounded="rounded-[22px]" />
        </div>
        <div className="flex flex-col gap-3">
          <Skeleton className="h-9 w-48" />
          {Array.from({ length: 7 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <Skeleton key={i} className="h-6 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
