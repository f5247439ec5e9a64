"use client";

import { ImageOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";
import { WA_META_ON_TINT } from "./wa-classes";

/** Drawn instead of a header image or video that has no example or fails to load. */
export function MediaFallback({ className }: { className?: string }) {
  const t = useTranslations("preview");
  return (
    <div
      data-testid="media-unavailable"
      className={cn(
        "flex aspect-[1.91/1] w-full flex-col items-center justify-center gap-1.5 bg-black/[0.06] px-4 text-center dark:bg-white/[0.06]",
        WA_META_ON_TINT,
        className,
      )}
    >
      <ImageOff aria-hidden className="size-7 opacity-80" />
      <span className="text-[12.5px] leading-4">{t("mediaUnavailable")}</span>
    </div>
  );
}
