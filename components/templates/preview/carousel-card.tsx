"use client";

import { useTranslations } from "next-intl";
import type { PreviewCard } from "@/lib/templates/preview/model";
import { BubbleButtonRow } from "./bubble-button-row";
import { FormattedText } from "./formatted-text";
import { HeaderMedia } from "./header-media";
import { NotPreviewable } from "./not-previewable";

export interface CarouselCardProps {
  card: PreviewCard;
  total: number;
  direction: "ltr" | "rtl";
}

/** One carousel card: media, its short text and its (up to two) buttons. */
export function CarouselCard({ card, total, direction }: CarouselCardProps) {
  const t = useTranslations("preview");
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of the card's parts, named "Card 1 of 4"
    <div
      role="group"
      aria-label={t("carousel.card", { index: card.index + 1, total })}
      data-testid="carousel-card"
      className="flex w-[260px] shrink-0 snap-start flex-col overflow-hidden rounded-bubble bg-wa-bubble text-wa-text shadow-bubble"
    >
      <div dir={direction} className="flex-1">
        <HeaderMedia header={card.header} />
        {card.body.length > 0 && (
          <div className="px-[9px] pt-[6px] pb-[8px] text-wa-body">
            <FormattedText blocks={card.body} />
          </div>
        )}
        {card.unknown.map((u, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional components
          <NotPreviewable key={i} type={u.type} raw={u.raw} className="m-1.5 shadow-none" />
        ))}
      </div>
      <div dir={direction}>
        {card.buttons.map((button) => (
          <BubbleButtonRow key={button.index} button={button} />
        ))}
      </div>
    </div>
  );
}
