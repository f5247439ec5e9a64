"use client";

import { RotateCw, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { Button } from "@/components/ui/button";

export interface DrawerErrorProps {
  message: string;
  onRetry: () => void;
  retrying: boolean;
}

/** The template could not be loaded: what happened, what to do, and a retry. */
export function DrawerError({ message, onRetry, retrying }: DrawerErrorProps) {
  const t = useTranslations("drawer");
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="drawer-error">
      <div
        role="alert"
        className="mx-auto flex max-w-md flex-1 flex-col items-center justify-center gap-3 p-6 text-center"
      >
        <span className="grid size-12 place-items-center rounded-full bg-danger-soft text-danger">
          <TriangleAlert aria-hidden className="size-6" />
        </span>
        <Dialog.Title className="text-lg font-semibold">{t("error.title")}</Dialog.Title>
        <p className="text-sm text-muted-foreground">{message}</p>
        <Button onClick={onRetry} disabled={retrying} variant="outline">
          <RotateCw aria-hidden className={retrying ? "animate-spin" : undefined} />
          {t("error.retry")}
        </Button>
      </div>
    </div>
  );
}
