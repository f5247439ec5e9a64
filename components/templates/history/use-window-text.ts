"use client";

import { useFormatter, useTranslations } from "next-intl";

/** "between 09:00 and 09:05" (dates added when the window spans days or is not today). */
export function useWindowText() {
  const t = useTranslations("templateHistory.timeline");
  const format = useFormatter();
  const time = (ms: number) => format.dateTime(ms, { dateStyle: "medium", timeStyle: "short" });
  const clock = (ms: number) => format.dateTime(ms, { timeStyle: "short" });
  return (from: number | null, to: number): string => {
    if (from === null) return t("windowFirst", { to: time(to) });
    const sameDay = new Date(from).toDateString() === new Date(to).toDateString();
    return t("window", { from: time(from), to: sameDay ? clock(to) : time(to) });
  };
}
