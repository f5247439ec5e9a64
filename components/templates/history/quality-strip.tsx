"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { QualityInterval } from "@/lib/history/contracts";
import { cn } from "@/lib/utils/cn";
import { QUALITY_DOT } from "../quality-indicator";
import { useEnumLabels } from "../use-enum-labels";

const DAYS = 90;

/**
 * The quality of the last 90 days as one strip of coloured bands (the colour only repeats what
 * the table below says: the table is what screen readers read). Before the console first saw the
 * template the strip is left blank ("not observed").
 */
export function QualityStrip({ intervals, now }: { intervals: readonly QualityInterval[]; now: number }) {
  const t = useTranslations("templateHistory.quality");
  const format = useFormatter();
  const labels = useEnumLabels();
  const start = now - DAYS * 86_400_000;
  const span = now - start;
  const visible = intervals
    .map((i) => ({ ...i, a: Math.max(i.from, start), b: Math.min(i.to ?? now, now) }))
    .filter((i) => i.b > i.a);
  const day = (ms: number) => format.dateTime(ms, { dateStyle: "medium" });
  // a strip with no rating at all (never approved, never sent) says so instead of a blank band
  const rated = visible.some((i) => i.score !== null && i.score.toUpperCase() !== "NONE");
  return (
    <section aria-labelledby="quality-strip-title" data-testid="quality-strip">
      <h3 id="quality-strip-title" className="text-sm font-semibold">
        {t("title")}
      </h3>
      <div aria-hidden className="relative mt-2 h-3 overflow-hidden rounded-full bg-muted">
        {visible.map((i) => (
          <div
            key={i.from}
            title={`${labels.quality(i.score)} · ${day(i.a)} – ${day(i.b)}`}
            className={cn("absolute inset-y-0", QUALITY_DOT[i.score ?? "NONE"] ?? "bg-neutral")}
            style={{ left: `${((i.a - start) / span) * 100}%`, width: `${((i.b - i.a) / span) * 100}%` }}
          />
        ))}
      </div>
      <div aria-hidden className="mt-1 flex justify-between text-xs text-muted-foreground">
        <span>{day(start)}</span>
        <span>{day(now)}</span>
      </div>
      <table className="sr-only">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("score")}</th>
            <th scope="col">{t("from")}</th>
            <th scope="col">{t("to")}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((i) => (
            <tr key={i.from}>
              <td>{labels.quality(i.score)}</td>
              <td>{day(i.a)}</td>
              <td>{i.to === null ? t("now") : day(i.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-muted-foreground" data-testid="quality-strip-note">
        {visible.length === 0
          ? t("notObserved")
          : rated
            ? t("legend")
            : t("noRating", { since: day(Math.min(...visible.map((i) => i.a))) })}
      </p>
    </section>
  );
}
