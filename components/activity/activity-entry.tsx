"use client";

import { ArrowRight, BadgeDollarSign } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useLanguageName } from "@/components/shell/language-names";
import { templateHistoryHref } from "@/lib/history/activity-url-grammar";
import type { ChangeEvent } from "@/lib/history/change-event";
import { isCostlierCategory, severityOf } from "@/lib/history/severity";
import { SeverityBadge } from "./severity-badge";
import { useChangeText } from "./use-change-text";

export interface ActivityEntryProps {
  event: ChangeEvent;
  /** Shown when the feed spans several accounts. */
  accountLabel: string | null;
}

/** One change: severity, template (a link to its History tab), what changed, and when. */
export function ActivityEntry({ event, accountLabel }: ActivityEntryProps) {
  const t = useTranslations("activity");
  const format = useFormatter();
  const languageName = useLanguageName();
  const text = useChangeText()(event);
  // Seconds only when the window is shorter than a minute ("between 10:03:05 and 10:03:40").
  const short =
    event.previousObservedAt !== null &&
    Math.floor(event.previousObservedAt / 60_000) === Math.floor(event.observedAt / 60_000);
  const time = (ms: number) =>
    format.dateTime(ms, { hour: "2-digit", minute: "2-digit", ...(short ? { second: "2-digit" } : {}) });
  const sameDay = (a: number, b: number) =>
    new Date(a).toISOString().slice(0, 10) === new Date(b).toISOString().slice(0, 10);
  const stamp = (ms: number, ref: number) =>
    sameDay(ms, ref)
      ? time(ms)
      : format.dateTime(ms, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
  const window =
    event.previousObservedAt === null
      ? t("entry.at", { at: time(event.observedAt) })
      : t("entry.between", {
          from: stamp(event.previousObservedAt, event.observedAt),
          to: time(event.observedAt),
        });
  return (
    <li
      className="flex flex-col gap-1.5 px-3 py-3 sm:flex-row sm:items-start sm:gap-4 sm:px-4"
      data-testid="activity-entry"
      data-event-id={event.id}
    >
      <div className="flex shrink-0 items-center gap-2 sm:w-28">
        <SeverityBadge severity={severityOf(event)} />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5">
          <Link
            href={templateHistoryHref(event.account, event.templateId)}
            className="min-w-0 break-all font-medium text-foreground underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            aria-label={t("entry.openHistory", { name: event.name })}
          >
            {event.name}
          </Link>
          <span className="text-xs text-muted-foreground">{languageName(event.language)}</span>
          {accountLabel && <span className="text-xs text-muted-foreground">· {accountLabel}</span>}
        </p>
        <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm">
          <span className="text-muted-foreground">{text.kind}</span>
          {text.from !== null && <span>{text.from}</span>}
          {text.from !== null && text.to !== null && (
            <ArrowRight aria-label="→" className="size-3.5 text-muted-foreground" />
          )}
          {text.to !== null && <span className="font-medium">{text.to}</span>}
          {isCostlierCategory(event) && (
            <span className="inline-flex items-center gap-1 text-xs font-medium text-warning">
              <BadgeDollarSign aria-hidden className="size-3.5" />
              {t("entry.costly")}
            </span>
          )}
        </p>
      </div>
      <p className="shrink-0 text-xs text-muted-foreground tabular-nums sm:pt-0.5 sm:text-right">{window}</p>
    </li>
  );
}
