"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PreviewCard } from "@/lib/templates/preview/model";
import { cn } from "@/lib/utils/cn";
import { CarouselCard } from "./carousel-card";

export interface CarouselCardsProps {
  cards: readonly PreviewCard[];
  direction: "ltr" | "rtl";
}

const CARD_STEP = 266; // card width (260) + gap (6)

/**
 * The carousel's cards in a horizontally scrolling, snapping row — swipe, scroll, arrow keys once
 * focused, or the previous/next buttons.
 */
export function CarouselCards({ cards, direction }: CarouselCardsProps) {
  const t = useTranslations("preview");
  const scroller = useRef<HTMLElement>(null);
  const [edges, setEdges] = useState({ start: true, end: cards.length <= 1 });

  const update = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setEdges({ start: el.scrollLeft <= 2, end: el.scrollLeft + el.clientWidth >= el.scrollWidth - 2 });
  }, []);
  useEffect(() => {
    update();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [update]);

  if (cards.length === 0)
    return <p className="ms-2 mt-1.5 text-[12.5px] text-wa-meta">{t("carousel.empty")}</p>;

  const scrollBy = (delta: number) => scroller.current?.scrollBy({ left: delta, behavior: "smooth" });
  const arrow =
    "absolute top-[72px] z-10 grid size-8 place-items-center rounded-full bg-wa-bubble text-wa-text shadow-md ring-1 ring-black/5 transition-opacity hover:bg-wa-bubble focus-visible:opacity-100 disabled:pointer-events-none disabled:opacity-0";

  return (
    <div className="relative mt-1.5">
      <section
        ref={scroller}
        aria-label={t("carousel.region", { count: cards.length })}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable
        tabIndex={0}
        onScroll={update}
        data-testid="carousel"
        className="flex snap-x snap-mandatory scroll-ps-2 gap-1.5 overflow-x-auto scroll-smooth px-2 pb-2 [scrollbar-width:thin] focus-visible:outline-offset-[-2px] motion-reduce:scroll-auto"
      >
        {cards.map((card) => (
          <CarouselCard key={card.index} card={card} total={cards.length} direction={direction} />
        ))}
      </section>
      <button
        type="button"
        aria-label={t("carousel.previous")}
        disabled={edges.start}
        onClick={() => scrollBy(-CARD_STEP)}
        className={cn(arrow, "left-1")}
      >
        <ChevronLeft aria-hidden className="size-4" />
      </button>
      <button
        type="button"
        aria-label={t("carousel.next")}
        disabled={edges.end}
        onClick={() => scrollBy(CARD_STEP)}
        className={cn(arrow, "right-1")}
      >
        <ChevronRight aria-hidden className="size-4" />
      </button>
    </div>
  );
}
