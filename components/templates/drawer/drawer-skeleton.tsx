"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";

/** The drawer while the template loads: its shape, a live "loading" line and a close button. */
export function DrawerSkeleton({ waitingForCatalog }: { waitingForCatalog: boolean }) {
  const t = useTranslations("drawer");
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="drawer-loading" aria-busy="true">
      <div className="flex items-start gap-2 border-b border-border px-4 py-3 md:px-5 md:pt-4">
        <div className="min-w-0 flex-1">
          <Dialog.Title className="sr-only">{t("loading")}</Dialog.Title>
          <Skeleton className="h-6 w-56 max-w-full" />
          <Skeleton className="mt-2 h-5 w-72 max-w-full" />
        </div>
        <Dialog.Close asChild>
          <Button variant="ghost" size="icon-sm" aria-label={t("close")}>
            <X aria-hidden />
          </Button>
        </Dialog.Close>
      </div>
      <p role="status" className="px-4 pt-3 text-sm text-muted-foreground md:px-5">
        {waitingForCatalog ? t("loadingCatalog") : <span className="sr-only">{t("loading")}</span>}
      </p>
      <div className="grid min-h-0 flex-1 gap-6 p-4 md:grid-cols-[minmax(0,380px)_minmax(0,1fr)] md:p-5">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-8 w-52" />
          <Skeleton className="h-[420px] w-full rounded-[22px]" />
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
