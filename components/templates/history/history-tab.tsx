"use client";

import { useNow, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { CardError, CardLoading } from "@/components/catalog/card-state";
import { Button } from "@/components/ui/button";
import type { ChangeEvent, TemplateHistoryResponse } from "@/lib/history/contracts";
import { trackPauses } from "@/lib/history/pause-tracker";
import { rejectionLifecycle } from "@/lib/history/rejection-lifecycle";
import { ContentDiff } from "./content-diff";
import { PauseTrackerCard } from "./pause-tracker-card";
import { QualityStrip } from "./quality-strip";
import { RejectionLifecycleCard } from "./rejection-lifecycle-card";
import { useChangeText } from "./use-change-text";
import { useTemplateHistory } from "./use-template-history";
import { useWindowText } from "./use-window-text";

export interface HistoryTabProps {
  /** The template's own account (never `all`). */
  account: string;
  templateId: string;
  status: string;
  rejectedReason: string | null;
}

/** The drawer's History tab: trackers, the 90-day quality strip and the timeline. Loaded on demand. */
export function HistoryTab({ account, templateId, status, rejectedReason }: HistoryTabProps) {
  const t = useTranslations("templateHistory.timeline");
  const query = useTemplateHistory(account, templateId);
  if (query.isError && !query.data)
    return <CardError title={t("error")} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (!query.data) return <CardLoading label={t("loading")} rows={4} />;
  return <HistoryContent history={query.data} status={status} rejectedReason={rejectedReason} />;
}

function HistoryContent({
  history,
  status,
  rejectedReason,
}: {
  history: TemplateHistoryResponse;
  status: string;
  rejectedReason: string | null;
}) {
  const t = useTranslations("templateHistory.timeline");
  const now = useNow({ updateInterval: 60_000 }).getTime();
  const firstSeenAt = history.firstSeenAt ?? history.quality[0]?.from ?? null;
  const pauses = useMemo(
    () => trackPauses({ events: history.events, status, now, firstSeenAt }),
    [history.events, status, now, firstSeenAt],
  );
  const rejection = useMemo(
    () => rejectionLifecycle({ events: history.events, status, reason: rejectedReason, now, firstSeenAt }),
    [history.events, status, rejectedReason, now, firstSeenAt],
  );
  return (
    <div className="flex flex-col gap-4" data-testid="history-tab">
      {(pauses.state !== "not_paused" || pauses.ordinal > 0) && status.toUpperCase() === "PAUSED" && (
        <PauseTrackerCard tracker={pauses} />
      )}
      {rejection.rejections.length > 0 && <RejectionLifecycleCard lifecycle={rejection} />}
      <QualityStrip intervals={history.quality} now={now} />
      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title" className="text-sm font-semibold">
          {t("title")}
        </h3>
        {history.events.length === 0 ? (
          <p className="mt-1 text-sm text-muted-foreground" data-testid="timeline-empty">
            {t("empty")}
          </p>
        ) : (
          <ol className="mt-2 flex flex-col border-s border-border" data-testid="timeline">
            {history.events.map((e) => (
              <TimelineEntry key={e.id} event={e} versions={history.versions} />
            ))}
          </ol>
        )}
        <p className="mt-3 text-xs text-muted-foreground">{t("lowerBound")}</p>
      </section>
    </div>
  );
}

function TimelineEntry({
  event,
  versions,
}: {
  event: ChangeEvent;
  versions: TemplateHistoryResponse["versions"];
}) {
  const t = useTranslations("templateHistory.timeline");
  const text = useChangeText();
  const windowText = useWindowText();
  const [open, setOpen] = useState(false);
  return (
    <li className="relative ps-4 pb-3" data-testid="timeline-entry" data-kind={event.kind}>
      <span
        aria-hidden
        className="absolute -start-[5px] top-1.5 size-2.5 rounded-full border-2 border-card bg-primary"
      />
      <p className="text-sm font-medium">{text(event)}</p>
      <p className="text-xs text-muted-foreground">
        {windowText(event.previousObservedAt, event.observedAt)}
      </p>
      {event.kind === "content_changed" && (
        <div className="mt-1">
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={open}
            onClick={() => setOpen((v) => !v)}
            data-testid="toggle-diff"
          >
            {open ? t("hideDiff") : t("showDiff")}
          </Button>
          {open && (
            <div className="mt-1">
              <ContentDiff
                before={event.from ? versions?.[event.from] : undefined}
                after={event.to ? versions?.[event.to] : undefined}
              />
            </div>
          )}
        </div>
      )}
    </li>
  );
}
