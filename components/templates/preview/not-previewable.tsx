"use client";

import { CircleHelp } from "lucide-react";
import { useTranslations } from "next-intl";
import { prettyJson } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";

export interface NotPreviewableProps {
  /** Shown as "Not previewable: {type}"; omit to use `title`. */
  type?: string;
  title?: string;
  hint?: string;
  raw: unknown;
  className?: string;
}

/** A part this console cannot draw: a neutral notice and its raw JSON (as text) in a collapsible. */
export function NotPreviewable({ type, title, hint, raw, className }: NotPreviewableProps) {
  const t = useTranslations("preview");
  return (
    <div
      data-testid="not-previewable"
      className={cn(
        "rounded-bubble bg-wa-bubble px-3 py-2.5 text-[12.5px] leading-[17px] text-wa-text shadow-bubble",
        className,
      )}
    >
      <p className="flex items-center gap-1.5 font-semibold">
        <CircleHelp aria-hidden className="size-4 shrink-0 text-wa-meta" />
        {title ?? t("notPreviewable", { type: type || "?" })}
      </p>
      <p className="mt-0.5 text-wa-meta">{hint ?? t("notPreviewableHint")}</p>
      <details className="group mt-1.5">
        <summary className="cursor-pointer text-wa-link select-none">{t("rawJson")}</summary>
        {/* biome-ignore lint/a11y/useSemanticElements: a <pre> must stay a <pre>; the role names the scroll region */}
        <pre
          role="region"
          aria-label={t("rawJson")}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable
          tabIndex={0}
          className="mt-1.5 max-h-56 overflow-auto rounded-[4px] bg-black/[0.05] p-2 font-mono text-[11px] leading-[15px] whitespace-pre dark:bg-white/[0.06]"
        >
          {prettyJson(raw)}
        </pre>
      </details>
    </div>
  );
}
