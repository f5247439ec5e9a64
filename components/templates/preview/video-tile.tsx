"use client";

import { Play, Video } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { mediaUrl } from "@/lib/media/media-url";
import { looksLikeImage } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";

export interface VideoTileProps {
  url: string | null;
  gif?: boolean;
  className?: string;
}

/**
 * A VIDEO or GIF header as WhatsApp shows it before playing: a dark tile with a play mark. The
 * video itself is never loaded; when the example URL is a still image (a poster frame) it is shown.
 */
export function VideoTile({ url, gif = false, className }: VideoTileProps) {
  const t = useTranslations("preview");
  const [failed, setFailed] = useState<string | null>(null);
  const poster = url && looksLikeImage(url) && failed !== url ? url : null;
  return (
    <div
      role="img"
      aria-label={t(gif ? "header.gifLabel" : "header.videoLabel")}
      className={cn("relative aspect-[1.91/1] w-full overflow-hidden bg-[#1f2c34]", className)}
    >
      {poster && (
        // biome-ignore lint/performance/noImgElement: arbitrary third-party example media
        <img
          src={mediaUrl(poster) ?? undefined}
          alt=""
          referrerPolicy="no-referrer"
          decoding="async"
          onError={() => setFailed(poster)}
          className="absolute inset-0 size-full object-cover"
        />
      )}
      <span className="absolute inset-0 bg-black/15" aria-hidden />
      <span
        aria-hidden
        className="absolute top-1/2 left-1/2 grid size-12 -translate-x-1/2 -translate-y-1/2 place-items-center rounded-full bg-black/55 text-white"
      >
        {gif ? (
          <span className="text-[13px] font-bold tracking-wide">GIF</span>
        ) : (
          <Play className="ms-0.5 size-6 fill-current" />
        )}
      </span>
      {!gif && <Video aria-hidden className="absolute start-2 bottom-1.5 size-4 text-white drop-shadow" />}
    </div>
  );
}
