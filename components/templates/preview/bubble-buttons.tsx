"use client";

import { List } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMessage } from "@/components/templates/use-message";
import type { ButtonLayout } from "@/lib/templates/preview/model";
import { cn } from "@/lib/utils/cn";
import { BUTTON_ROW_CLASSES, BubbleButtonRow } from "./bubble-button-row";

export interface BubbleButtonsProps {
  layout: ButtonLayout;
  /** Whether the "See all options" list is open (the list itself is drawn below the bubble). */
  expanded: boolean;
  onToggle: () => void;
  listId: string;
  direction: "ltr" | "rtl";
}

/** The buttons inside the bubble card: at most three rows, or two plus "See all options". */
export function BubbleButtons({ layout, expanded, onToggle, listId, direction }: BubbleButtonsProps) {
  const t = useTranslations("preview");
  const m = useMessage();
  if (layout.visible.length === 0 && !layout.overflow) return null;
  return (
    <div data-testid="bubble-buttons" dir={direction}>
      {layout.visible.map((button) => (
        <BubbleButtonRow key={button.index} button={button} />
      ))}
      {layout.overflow && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          onClick={onToggle}
          data-testid="see-all-options"
          className={cn(
            BUTTON_ROW_CLASSES,
            "cursor-pointer text-wa-link hover:underline focus-visible:outline-offset-[-2px]",
          )}
        >
          <List aria-hidden className="size-[17px] shrink-0" />
          {m(layout.overflow.label)}
          <span className="sr-only"> ({t("moreOptions", { count: layout.overflow.hiddenCount })})</span>
        </button>
      )}
    </div>
  );
}
