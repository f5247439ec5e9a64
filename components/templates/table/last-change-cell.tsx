"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import type { LastChange } from "@/lib/templates/list-contract";
import { useChangeText } from "../history/use-change-text";
import { useLastVisit } from "./last-visit-context";

/** "Quality High → Medium · 2 days ago", marked when it is newer than the user's last visit. */
export function LastChangeCell({
  change,
  compact = false,
}: {
  change: LastChange | null | undefined;
  /** One muted line under the name on phones, where the column is a scroll away. */
  compact?: boolean;
}) {
  const t = useTranslations("templateHistory");
  const text = useChangeText();
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const seenAt = useLastVisit();
  if (!change) return compact ? null : <span className="text-muted-foreground">—</span>;
  const isNew = seenAt !== null && change.observedAt > seenAt;
  const what = text(change);
  const more = change.more > 0 ? ` ${t("change.more", { count: change.more })}` : "";
  // never "in 4 seconds": the page's clock may lag the sync that recorded the change
  const ago = format.relativeTime(Math.min(change.observedAt, now.getTime()), now);
  if (compact)
    return (
      <p className="truncate text-xs text-muted-foreground" data-testid="last-change-compact">
        {isNew && (
          <span aria-hidden className="me-1 inline-block size-1.5 rounded-full bg-primary align-middle" />
        )}
        {`${what}${more} · ${ago}`}
      </p>
    );
  // Two lines, like the name column (name, then excerpt): the change always reads whole, and the
  // time never pushes it out of a narrow column.
  return (
    <div className="flex min-w-0 items-start gap-1.5" data-testid="last-change" data-new={isNew || undefined}>
      {isNew && (
        <span
          role="img"
          aria-label={t("lastChange.new")}
          title={t("lastChange.new")}
          className="mt-1.5 size-2 shrink-0 rounded-full bg-primary"
        />
      )}
      <div className="flex min-w-0 flex-col">
        <span className="min-w-0 truncate">{`${what}${more}`}</span>
        <span
          className="text-xs text-muted-foreground"
          title={format.dateTime(change.observedAt, { dateStyle: "medium", timeStyle: "short" })}
        >
          {ago}
        </span>
      </div>
    </div>
  );
}
