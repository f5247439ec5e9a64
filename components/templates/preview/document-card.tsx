"use client";

import { FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { documentType } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";
import { WA_META_ON_TINT } from "./wa-classes";

export interface DocumentCardProps {
  fileName?: string;
  className?: string;
}

/** A DOCUMENT header: WhatsApp's file row (icon, file name, type). */
export function DocumentCard({ fileName, className }: DocumentCardProps) {
  const t = useTranslations("preview");
  const type = documentType(fileName);
  return (
    <div
      data-testid="document-header"
      className={cn(
        "flex items-center gap-2.5 rounded-[6px] bg-black/[0.05] px-2.5 py-2 dark:bg-white/[0.06]",
        className,
      )}
    >
      <span
        aria-hidden
        className="relative grid h-10 w-8 shrink-0 place-items-center rounded-[3px] bg-[#e5534b] text-white"
      >
        <FileText className="size-4" />
        <span className="absolute bottom-0.5 text-[7px] leading-none font-bold">{type}</span>
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-[14px] leading-[19px] text-wa-text">
          {fileName ?? t("documentFallback")}
        </span>
        <span className={cn("block text-[11px] leading-[15px]", WA_META_ON_TINT)}>{type}</span>
      </span>
    </div>
  );
}
