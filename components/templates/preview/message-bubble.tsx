"use client";

import { useTranslations } from "next-intl";
import type { PreviewModel } from "@/lib/templates/preview/model";
import { cn } from "@/lib/utils/cn";
import { BubbleButtons } from "./bubble-buttons";
import { BubbleTail } from "./bubble-tail";
import { FormattedText } from "./formatted-text";
import { HeaderMedia } from "./header-media";
import { InlineRuns } from "./inline-runs";
import { MessageTime } from "./message-time";
import { OfferBanner } from "./offer-banner";
import { TimeSpacer } from "./time-spacer";

export interface MessageBubbleProps {
  model: PreviewModel;
  optionsExpanded: boolean;
  onToggleOptions: () => void;
  optionsListId: string;
}

/**
 * The incoming template message: one white (dark: slate) card with the tail at the top-left,
 * holding the header, offer box, body, footer, timestamp and — below a hairline — the buttons.
 */
export function MessageBubble({
  model,
  optionsExpanded,
  onToggleOptions,
  optionsListId,
}: MessageBubbleProps) {
  const t = useTranslations("preview");
  const rtl = model.direction === "rtl";
  const wide =
    model.header.kind !== "none" && model.header.kind !== "text"
      ? true
      : model.buttons.length > 0 || model.offer !== null;
  // RTL text ends on the left, where a spacer cannot keep the (right-hand) time clear of it.
  const spacer = rtl ? null : <TimeSpacer />;
  const hasBody = model.body.length > 0;

  return (
    <div
      data-testid="message-bubble"
      className={cn("relative ms-2 max-w-[min(100%,330px)]", wide ? "w-[330px]" : "w-fit min-w-[120px]")}
    >
      <BubbleTail />
      <div className="overflow-hidden rounded-bubble rounded-tl-none bg-wa-bubble text-wa-text shadow-bubble">
        <div dir={model.direction} data-testid="bubble-content">
          <HeaderMedia header={model.header} />
          {model.offer && <OfferBanner offer={model.offer} />}
          <div className="relative px-[9px] pt-[6px] pb-[8px] text-wa-body">
            {hasBody ? (
              <FormattedText blocks={model.body} trailing={model.footer ? null : spacer} />
            ) : (
              !model.auth && <p className="text-wa-meta italic">{t("emptyBody")}</p>
            )}
            {model.footer && (
              <div
                data-testid="bubble-footer"
                className="mt-[3px] text-wa-footer whitespace-pre-wrap text-wa-meta"
              >
                <InlineRuns runs={model.footer} />
                {spacer}
              </div>
            )}
            {(rtl || (!hasBody && !model.footer)) && <div aria-hidden className="h-[11px]" />}
            <MessageTime className="absolute right-[7px] bottom-[3px]" />
          </div>
        </div>
        <BubbleButtons
          direction={model.direction}
          layout={model.buttonLayout}
          expanded={optionsExpanded}
          onToggle={onToggleOptions}
          listId={optionsListId}
        />
      </div>
    </div>
  );
}
