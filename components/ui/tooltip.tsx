"use client";

import * as React from "react";
import { createPortal } from "react-dom";

export interface TooltipProps {
  content: React.ReactNode;
  /** One element (it receives the hover/focus handlers and `aria-describedby`). */
  children: React.ReactElement<React.HTMLAttributes<HTMLElement>>;
  side?: "top" | "right" | "bottom" | "left";
}

/** Like the menus' delay before a hover hint appears: passing over a row shows nothing. */
const HOVER_DELAY_MS = 300;
const GAP_PX = 6;

interface Anchor {
  rect: DOMRect;
  side: NonNullable<TooltipProps["side"]>;
}

/** Fixed-position box beside the trigger, kept inside the viewport. */
function placement({ rect, side }: Anchor): React.CSSProperties {
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  switch (side) {
    case "bottom":
      return { top: rect.bottom + GAP_PX, left: cx, transform: "translateX(-50%)" };
    case "left":
      return { top: cy, right: window.innerWidth - rect.left + GAP_PX, transform: "translateY(-50%)" };
    case "right":
      return { top: cy, left: rect.right + GAP_PX, transform: "translateY(-50%)" };
    default:
      return { bottom: window.innerHeight - rect.top + GAP_PX, left: cx, transform: "translateX(-50%)" };
  }
}

/**
 * A short hint on hover (after a short delay) or keyboard focus; Esc dismisses it. Never the only
 * place information lives (not reachable on touch). Deliberately small — the platform positions it
 * (fixed, beside the trigger's box) — so the table's rows do not pull a positioning library into
 * the page's first load.
 */
export function Tooltip({ content, children, side = "top" }: TooltipProps) {
  const id = React.useId();
  const [anchor, setAnchor] = React.useState<Anchor | null>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const boxRef = React.useRef<HTMLDivElement>(null);

  const show = (el: HTMLElement) => setAnchor({ rect: el.getBoundingClientRect(), side });
  const hide = () => {
    clearTimeout(timer.current);
    setAnchor(null);
  };
  React.useEffect(() => () => clearTimeout(timer.current), []);

  // Shift a box that would overflow the viewport's left or right edge back inside it.
  React.useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || !anchor) return;
    const { left, right } = box.getBoundingClientRect();
    const shift =
      left < GAP_PX
        ? GAP_PX - left
        : right > window.innerWidth - GAP_PX
          ? window.innerWidth - GAP_PX - right
          : 0;
    if (shift !== 0) box.style.marginLeft = `${shift}px`;
  }, [anchor]);

  const own = children.props;
  const trigger = React.cloneElement(children, {
    "aria-describedby": anchor ? id : own["aria-describedby"],
    onPointerEnter: (event: React.PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(event);
      if (event.pointerType === "touch") return;
      const el = event.currentTarget;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => show(el), HOVER_DELAY_MS);
    },
    onPointerLeave: (event: React.PointerEvent<HTMLElement>) => {
      own.onPointerLeave?.(event);
      hide();
    },
    onFocus: (event: React.FocusEvent<HTMLElement>) => {
      own.onFocus?.(event);
      show(event.currentTarget);
    },
    onBlur: (event: React.FocusEvent<HTMLElement>) => {
      own.onBlur?.(event);
      hide();
    },
    onKeyDown: (event: React.KeyboardEvent<HTMLElement>) => {
      own.onKeyDown?.(event);
      if (event.key === "Escape" && anchor) hide();
    },
  });
  return (
    <>
      {trigger}
      {anchor &&
        createPortal(
          <div
            ref={boxRef}
            id={id}
            role="tooltip"
            style={placement(anchor)}
            className="pointer-events-none fixed z-50 max-w-xs rounded-md bg-foreground px-2 py-1 text-xs text-background shadow-md"
          >
            {content}
          </div>,
          document.body,
        )}
    </>
  );
}
