"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { mediaUrl } from "@/lib/media/media-url";
import { cn } from "@/lib/utils/cn";
import { MediaFallback } from "./media-fallback";

export interface MediaImageProps {
  url: string | null;
  className?: string;
}

/** An IMAGE header: the example picture cropped like WhatsApp (≈1.91:1), or a placeholder. */
export function MediaImage({ url, className }: MediaImageProps) {
  const t = useTranslations("preview");
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  if (!url || failedUrl === url) return <MediaFallback className={className} />;
  return (
    // biome-ignore lint/performance/noImgElement: arbitrary third-party example media, not optimisable
    <img
      src={mediaUrl(url) ?? undefined}
      alt={t("header.imageAlt")}
      referrerPolicy="no-referrer"
      decoding="async"
      onError={() => setFailedUrl(url)}
      className={cn("block aspect-[1.91/1] w-full bg-black/[0.06] object-cover", className)}
    />
  );
}
