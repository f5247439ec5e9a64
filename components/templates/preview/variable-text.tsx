"use client";

import { useTranslations } from "next-intl";
import { Tooltip } from "@/components/ui/tooltip";
import type { VariableRun } from "@/lib/templates/preview/format-tokens";
import { variableDisplay } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";
import { usePreviewMode } from "./preview-mode-context";

export interface VariableTextProps {
  run: Pick<VariableRun, "name" | "value">;
  className?: string;
}

/**
 * One template variable: its example value as ordinary message text, or a `{{name}}` chip (all
 * variables in "show variables" mode; variables without an example in "show examples" mode).
 */
export function VariableText({ run, className }: VariableTextProps) {
  const t = useTranslations("preview");
  const mode = usePreviewMode();
  const display = variableDisplay(run, mode);
  if (display.kind === "value") {
    return (
      <span data-variable={run.name} data-variable-state="value" className={className}>
        {display.text}
      </span>
    );
  }
  const chip =
    "mx-px inline-block rounded-[4px] px-1 leading-[1.25] [font-style:normal] [text-decoration:none]";
  if (!display.missing) {
    return (
      <span
        data-variable={run.name}
        data-variable-state="placeholder"
        className={cn(chip, "bg-wa-chip font-medium text-wa-text", className)}
      >
        {display.text}
      </span>
    );
  }
  return (
    <Tooltip content={t("missingExample")}>
      <span
        // Focusable so keyboard users get the tooltip; the sr-only text says the same for readers.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chip carries a tooltip
        tabIndex={0}
        data-variable={run.name}
        data-variable-state="missing"
        className={cn(chip, "border border-dashed border-wa-meta text-wa-meta", className)}
      >
        {display.text}
        <span className="sr-only"> ({t("missingExample")})</span>
      </span>
    </Tooltip>
  );
}
