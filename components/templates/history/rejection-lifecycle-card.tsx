"use client";

import { CircleX } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { RejectionLifecycle } from "@/lib/history/rejection-lifecycle";
import { useEnumLabels } from "../use-enum-labels";

/** How long the template has been rejected, its earlier rejections and resubmissions. */
export function RejectionLifecycleCard({ lifecycle }: { lifecycle: RejectionLifecycle }) {
  const t = useTranslations("templateHistory.rejection");
  const format = useFormatter();
  const labels = useEnumLabels();
  const time = (ms: number) => format.dateTime(ms, { dateStyle: "medium", timeStyle: "short" });
  const duration = (ms: number) => {
    const [value, unit] =
      ms >= 2 * 86_400_000
        ? [Math.floor(ms / 86_400_000), "day"]
        : ms >= 3_600_000
          ? [Math.floor(ms / 3_600_000), "hour"]
          : [Math.max(1, Math.floor(ms / 60_000)), "minute"];
    return format.number(value, { style: "unit", unit, unitDisplay: "long" });
  };
  const earlier = lifecycle.rejections.filter((r) => r.endedAt !== null);
  const reason = (r: string | null) => (r && r.toUpperCase() !== "NONE" ? labels.reason(r) : t("noReason"));
  return (
    <section
      aria-labelledby="rejection-lifecycle-title"
      data-testid="rejection-lifecycle"
      className="rounded-lg border border-danger/40 bg-danger/5 p-3 text-sm"
    >
      <h3 id="rejection-lifecycle-title" className="flex items-center gap-1.5 font-semibold">
        <CircleX aria-hidden className="size-4" />
        {t("title")}
      </h3>
      {lifecycle.rejectedSince !== null && lifecycle.rejectedForMs !== null && (
        <p className="mt-1">
          {t("since", {
            duration: duration(lifecycle.rejectedForMs),
            at: time(lifecycle.rejectedSince),
          })}
        </p>
      )}
      <p className="mt-1">
        {t("earlier", { count: earlier.length })} · {t("resubmissions", { count: lifecycle.resubmissions })}
        {lifecycle.appeals > 0 ? ` · ${t("appeals", { count: lifecycle.appeals })}` : ""}
      </p>
      {earlier.length > 0 && (
        <ul className="mt-1 list-disc ps-5 text-muted-foreground">
          {earlier.map((r) => (
            <li key={r.observedAt}>
              {t("entryEnded", {
                at: time(r.observedAt),
                reason: reason(r.reason),
                outcome: labels.status(r.endedAs ?? ""),
                ended: time(r.endedAt as number),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
