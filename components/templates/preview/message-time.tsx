"use client";

import { useLocale, useNow, useTimeZone } from "next-intl";
import { useEffect, useState } from "react";
import { formatClock } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";

/**
 * The bubble's timestamp: the current time (HH:mm), as if the message arrived just now.
 * The first render uses the request's `now` and time zone (the same on the server and during
 * hydration, so the text never differs: no React #418); after mount it switches to the viewer's
 * local clock. Fixed from then on, so the preview does not re-render every minute.
 */
export function MessageTime({ className }: { className?: string }) {
  const locale = useLocale();
  const now = useNow();
  const timeZone = useTimeZone();
  const [time, setTime] = useState(() => formatClock(now, locale, timeZone));
  useEffect(() => {
    setTime(formatClock(new Date(), locale));
  }, [locale]);
  return (
    <span
      data-testid="message-time"
      className={cn("text-[11px] leading-[15px] whitespace-nowrap text-wa-meta tabular-nums", className)}
    >
      {time}
    </span>
  );
}
