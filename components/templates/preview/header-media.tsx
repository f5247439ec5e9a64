"use client";

import { CircleHelp } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PreviewHeader } from "@/lib/templates/preview/model";
import { cn } from "@/lib/utils/cn";
import { DocumentCard } from "./document-card";
import { InlineRuns } from "./inline-runs";
import { LocationCard } from "./location-card";
import { MediaImage } from "./media-image";
import { VideoTile } from "./video-tile";
import { WA_META_ON_TINT } from "./wa-classes";

export interface HeaderMediaProps {
  header: PreviewHeader;
  /** Rounding of the media corners (inside a bubble vs. at the top of a carousel card). */
  mediaClassName?: string;
}

/** The template header as WhatsApp draws it: bold text, or media at the top of the bubble. */
export function HeaderMedia({ header, mediaClassName = "rounded-[5px]" }: HeaderMediaProps) {
  const t = useTranslations("preview");
  switch (header.kind) {
    case "none":
      return null;
    case "text":
      return (
        <div data-testid="header-text" className="px-[9px] pt-[7px] text-[15px] leading-[20px] font-bold">
          <InlineRuns runs={header.runs} />
        </div>
      );
    case "image":
      return (
        <div className="p-[3px] pb-0">
          <MediaImage key={header.url ?? ""} url={header.url} className={mediaClassName} />
        </div>
      );
    case "video":
    case "gif":
      return (
        <div className="p-[3px] pb-0">
          <VideoTile url={header.url} gif={header.kind === "gif"} className={mediaClassName} />
        </div>
      );
    case "document":
      return (
        <div className="p-[3px] pb-0">
          <DocumentCard fileName={header.fileName} />
        </div>
      );
    case "location":
      return (
        <div className="p-[3px] pb-0">
          <LocationCard className={mediaClassName} />
        </div>
      );
    case "unknown":
      return (
        <div className="p-[3px] pb-0">
          <div
            className={cn(
              "flex items-center gap-2 bg-black/[0.05] px-2.5 py-3 text-[13px] dark:bg-white/[0.06]",
              WA_META_ON_TINT,
              mediaClassName,
            )}
          >
            <CircleHelp aria-hidden className="size-4 shrink-0" />
            {t("header.unknown", { format: header.format || "?" })}
          </div>
        </div>
      );
  }
}
