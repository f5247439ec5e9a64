"use client";

import { MapPin } from "lucide-react";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { cn } from "@/lib/utils/cn";
import { WA_META_ON_TINT } from "./wa-classes";

// A map-like placeholder drawn with gradients only: blocks, two main roads and a grid of streets.
const MAP_STYLE: React.CSSProperties = {
  backgroundImage: [
    "linear-gradient(100deg, transparent 46%, var(--map-road) 46%, var(--map-road) 50%, transparent 50%)",
    "linear-gradient(12deg, transparent 60%, var(--map-road) 60%, var(--map-road) 63%, transparent 63%)",
    "linear-gradient(var(--map-street) 1.5px, transparent 1.5px)",
    "linear-gradient(90deg, var(--map-street) 1.5px, transparent 1.5px)",
  ].join(","),
  backgroundSize: "100% 100%, 100% 100%, 26px 26px, 26px 26px",
};

/** A LOCATION header: the place is chosen when sending, so a map placeholder with a pin. */
export function LocationCard({ className }: { className?: string }) {
  const t = useTranslations("preview");
  return (
    <div className={cn("overflow-hidden", className)}>
      <div
        role="img"
        aria-label={t("header.mapLabel")}
        style={MAP_STYLE}
        className="relative aspect-[1.91/1] w-full bg-[#e9e5dc] [--map-road:#fbfaf7] [--map-street:rgba(255,255,255,0.75)] dark:bg-[#1d2a30] dark:[--map-road:#34464f] dark:[--map-street:rgba(255,255,255,0.06)]"
      >
        <MapPin
          aria-hidden
          className="absolute top-1/2 left-1/2 size-9 -translate-x-1/2 -translate-y-[85%] fill-[#e5534b] text-[#9b2c25] drop-shadow"
        />
      </div>
      <div
        className={cn(
          "flex items-center gap-1.5 bg-black/[0.04] px-2.5 py-1.5 text-[13px] leading-[17px] dark:bg-white/[0.05]",
          WA_META_ON_TINT,
        )}
      >
        <MapPin aria-hidden className="size-3.5" />
        {t("location")}
      </div>
    </div>
  );
}
