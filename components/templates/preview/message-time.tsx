"use client";

import { useLocale } from "next-intl";
import { useState } from "react";
import { formatClock } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";

/** The bubble's timestamp: the current time (HH:mm), as if the message arrived just now. */
export function MessageTime({ className }: { className?: string }) {
  const locale = useLocale();
  // Fixed at first render so the preview does not re-render every minute.
  const [time] = useState(() => formatClock(new Date(), locale));
  return (
    <span
      data-testid="message-time"
      className={cn("text-[11px] leading-[15px] whitespace-nowrap text-wa-meta tabular-nums", className)}
    >
      {time}
    </span>
  );
}
