"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Template } from "@/lib/nxcloud/schemas";
import type { PreviewMode } from "@/lib/templates/preview/presentation";
import { NotPreviewable } from "./not-previewable";
import { PreviewChat } from "./preview-chat";
import { PreviewErrorBoundary } from "./preview-error-boundary";
import { PreviewModeContext } from "./preview-mode-context";
import { PreviewModeToggle } from "./preview-mode-toggle";

export interface WhatsAppPreviewProps {
  template: Template;
  /** The business name in the chat's title bar (the account label). */
  businessName: string;
  /** id for the "Preview" heading, so the surrounding section can be labelled by it. */
  headingId?: string;
}

/**
 * A faithful WhatsApp rendering of a template with a switch between example values and
 * `{{variables}}`. Anything the model cannot draw shows "not previewable" with its raw JSON; a
 * crash while drawing shows the whole template's JSON instead of breaking the drawer.
 */
export function WhatsAppPreview({ template, businessName, headingId }: WhatsAppPreviewProps) {
  const t = useTranslations("preview");
  const [mode, setMode] = useState<PreviewMode>("examples");
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold">
          {t("title")}
        </h3>
        <PreviewModeToggle mode={mode} onChange={setMode} />
      </div>
      <PreviewErrorBoundary
        key={template.id}
        fallback={
          <NotPreviewable
            title={t("crashed")}
            hint={t("crashedHint")}
            raw={template}
            className="mx-auto w-full max-w-[380px] font-wa"
          />
        }
      >
        <PreviewModeContext.Provider value={mode}>
          <PreviewChat template={template} businessName={businessName} />
        </PreviewModeContext.Provider>
      </PreviewErrorBoundary>
    </div>
  );
}
