"use client";

import { Braces, Eye } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PreviewMode } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";

export interface PreviewModeToggleProps {
  mode: PreviewMode;
  onChange: (mode: PreviewMode) => void;
}

const OPTIONS = [
  { mode: "examples", icon: Eye, key: "showExamples" },
  { mode: "placeholders", icon: Braces, key: "showPlaceholders" },
] as const;

/** Two-option segmented control: example values (what the customer sees) or `{{variables}}`. */
export function PreviewModeToggle({ mode, onChange }: PreviewModeToggleProps) {
  const t = useTranslations("preview");
  return (
    <fieldset className="inline-flex rounded-lg border border-border bg-muted p-0.5 text-[13px]">
      <legend className="sr-only">{t("modeLabel")}</legend>
      {OPTIONS.map(({ mode: value, icon: Icon, key }) => (
        <button
          key={value}
          type="button"
          aria-pressed={mode === value}
          onClick={() => onChange(value)}
          data-testid={`preview-mode-${value}`}
          className={cn(
            "inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 font-medium whitespace-nowrap transition-colors",
            mode === value
              ? "bg-card text-foreground shadow-sm"
              : "text-muted-foreground hover:text-foreground",
          )}
        >
          <Icon aria-hidden className="size-3.5" />
          {t(key)}
        </button>
      ))}
    </fieldset>
  );
}
