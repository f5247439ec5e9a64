"use client";

import { useTranslations } from "next-intl";
import type * as React from "react";
import { useId, useMemo, useState } from "react";
import type { Template } from "@/lib/nxcloud/schemas";
import { buildPreviewModel } from "@/lib/templates/preview/model";
import { previewNotes, unknownButtons } from "@/lib/templates/preview/presentation";
import { AllOptionsList } from "./all-options-list";
import { CarouselCards } from "./carousel-cards";
import { ChatHeader } from "./chat-header";
import { ChatInputBar } from "./chat-input-bar";
import { MessageBubble } from "./message-bubble";
import { NotPreviewable } from "./not-previewable";
import { PreviewNotes } from "./preview-notes";

export interface PreviewChatProps {
  template: Template;
  businessName: string;
}

// WhatsApp's doodle wallpaper, suggested with dots and rings in the theme's pattern colour.
const WALLPAPER: React.CSSProperties = {
  backgroundImage: [
    "radial-gradient(circle at 20% 22%, var(--wa-pattern) 0 1.7px, transparent 2.2px)",
    "radial-gradient(circle at 70% 68%, var(--wa-pattern) 0 1.2px, transparent 1.7px)",
    "radial-gradient(circle at 78% 18%, transparent 0 3.2px, var(--wa-pattern) 3.4px 4.4px, transparent 4.9px)",
    "radial-gradient(circle at 26% 78%, transparent 0 2.4px, var(--wa-pattern) 2.6px 3.5px, transparent 4px)",
  ].join(","),
  backgroundSize: "44px 44px",
};

/** The phone-like chat: title bar, wallpaper, the template message and what belongs to it. */
export function PreviewChat({ template, businessName }: PreviewChatProps) {
  const t = useTranslations("preview");
  const model = useMemo(() => buildPreviewModel(template), [template]);
  const strayButtons = useMemo(() => unknownButtons(template), [template]);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const listId = useId();

  return (
    <div className="flex flex-col gap-3">
      <section
        aria-label={t("chat.label")}
        data-testid="whatsapp-preview"
        className="mx-auto w-full max-w-[380px] overflow-hidden rounded-[22px] border border-border font-wa shadow-sm"
      >
        <ChatHeader businessName={businessName} />
        <div style={WALLPAPER} className="flex min-h-[320px] flex-col bg-wa-wallpaper">
          <div className="flex-1 px-2.5 pt-3 pb-2">
            <p className="mx-auto mb-2.5 w-fit rounded-[7.5px] bg-wa-bubble px-2.5 py-[5px] text-[12.5px] leading-4 text-wa-meta uppercase shadow-bubble">
              {t("chat.today")}
            </p>
            <MessageBubble
              model={model}
              optionsExpanded={optionsOpen}
              onToggleOptions={() => setOptionsOpen((open) => !open)}
              optionsListId={listId}
            />
            {optionsOpen && model.buttonLayout.overflow && (
              <div className="ms-2 max-w-[min(100%,330px)]">
                <AllOptionsList id={listId} buttons={model.buttonLayout.all} />
              </div>
            )}
            {model.carousel && (
              <div className="-mx-2.5">
                <CarouselCards cards={model.carousel.cards} direction={model.direction} />
              </div>
            )}
            {(model.unknown.length > 0 || strayButtons.length > 0) && (
              <div className="mt-2 flex flex-col gap-2 ps-2">
                {model.unknown.map((u, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: positional components
                  <NotPreviewable key={`c${i}`} type={u.type} raw={u.raw} className="max-w-[330px]" />
                ))}
                {strayButtons.map((b) => (
                  <NotPreviewable key={`b${b.index}`} type={b.type} raw={b.raw} className="max-w-[330px]" />
                ))}
              </div>
            )}
          </div>
          <ChatInputBar />
        </div>
      </section>
      <PreviewNotes notes={previewNotes(model)} />
    </div>
  );
}
