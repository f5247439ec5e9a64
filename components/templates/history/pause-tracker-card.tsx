"use client";

import { PauseCircle } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { PauseTracker } from "@/lib/history/pause-tracker";

/** The pause tracker of a paused template (or one that was paused): window, warning, pacing hint. */
export function PauseTrackerCard({ tracker }: { tracker: PauseTracker }) {
  const t = useTranslations("templateHistory.pause");
  const format = useFormatter();
  const time = (ms: number) => format.dateTime(ms, { dateStyle: "medium", timeStyle: "short" });
  const w = tracker.unpauseWindow;
  return (
    <section
      aria-labelledby="pause-tracker-title"
      data-testid="pause-tracker"
      data-state={tracker.state}
      className="rounded-lg border border-warning/50 bg-warning/10 p-3 text-sm"
    >
      <h3 id="pause-tracker-title" className="flex items-center gap-1.5 font-semibold">
        <PauseCircle aria-hidden className="size-4" />
        {t("title")}
      </h3>
      <p className="mt-1" data-testid="pause-count" data-count={tracker.ordinal}>
        <strong>{t("count", { count: tracker.ordinal })}</strong> — {t("lowerBound")}
      </p>
      {w && tracker.state !== "not_paused" && (
        <p className="mt-1" data-testid="pause-window" data-from={w.from} data-to={w.to}>
          {t(tracker.ordinal >= 2 ? "windowSecond" : "windowFirst", { from: time(w.from), to: time(w.to) })}
        </p>
      )}
      {tracker.state === "overdue" && (
        <p className="mt-1 font-medium" data-testid="pause-overdue">
          {t("overdue")}
        </p>
      )}
      {tracker.state === "beyond_rules" && <p className="mt-1">{t("beyond", { count: tracker.ordinal })}</p>}
      <p className="mt-1" data-testid="pause-warning">
        {tracker.nextDisables ? <strong>{t("warning")}</strong> : t("warningSoft")}
      </p>
    </section>
  );
}
