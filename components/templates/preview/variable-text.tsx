"use client";

import { useTranslations } from "next-intl";
import { Tooltip } from "@/components/ui/tooltip";
import type { InlineStyle, VariableRun } from "@/lib/templates/preview/format-tokens";
import { variableDisplay } from "@/lib/templates/preview/presentation";
import { chipClasses, styleClasses } from "./inline-style-classes";
import { usePreviewMode } from "./preview-mode-context";

export interface VariableTextProps {
  run: Pick<VariableRun, "name" | "value">;
  /** The inline styles around the variable (bold, code, …). */
  styles?: readonly InlineStyle[];
}

/**
 * One template variable: its example value as ordinary message text, or a `{{name}}` chip (all
 * variables in "show variables" mode; variables without an example in "show examples" mode).
 */
export function VariableText({ run, styles = [] }: VariableTextProps) {
  const t = useTranslations("preview");
  const mode = usePreviewMode();
  const display = variableDisplay(run, mode);
  if (display.kind === "value") {
    return (
      <span
        data-variable={run.name}
        data-variable-state="value"
        className={styleClasses(styles) || undefined}
      >
        {display.text}
      </span>
    );
  }
  if (!display.missing) {
    return (
      <span data-variable={run.name} data-variable-state="placeholder" className={chipClasses(styles, false)}>
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
        className={chipClasses(styles, true)}
      >
        {display.text}
        <span className="sr-only"> ({t("missingExample")})</span>
      </span>
    </Tooltip>
  );
}
