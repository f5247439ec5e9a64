"use client";

import { Tooltip as T } from "radix-ui";
import type * as React from "react";
import { cn } from "@/lib/utils/cn";

export const TooltipProvider = T.Provider;

export interface TooltipProps {
  content: React.ReactNode;
  children: React.ReactNode;
  side?: "top" | "right" | "bottom" | "left";
}

/** A short hint on hover/focus. Never the only place information lives (not reachable on touch). */
export function Tooltip({ content, children, side = "top" }: TooltipProps) {
  return (
    <T.Root delayDuration={300}>
      <T.Trigger asChild>{children}</T.Trigger>
      <T.Portal>
        <T.Content
          side={side}
          sideOffset={6}
          className={cn("z-50 max-w-xs rounded-md bg-foreground px-2 py-1 text-xs text-background shadow-md")}
        >
          {content}
        </T.Content>
      </T.Portal>
    </T.Root>
  );
}
