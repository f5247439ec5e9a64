import type * as React from "react";
import { cn } from "@/lib/utils/cn";

export type Tone = "success" | "warning" | "danger" | "info" | "neutral";

const tones: Record<Tone, string> = {
  success: "bg-success-soft text-success",
  warning: "bg-warning-soft text-warning",
  danger: "bg-danger-soft text-danger",
  info: "bg-info-soft text-info",
  neutral: "bg-neutral-soft text-neutral",
};

const sizes = {
  md: "px-2 py-0.5 text-xs font-medium",
  /** A quiet tag beside other text (the table's "+2 languages"). */
  sm: "px-1.5 py-0 text-[11px] font-normal",
} as const;

export interface BadgeProps extends React.ComponentProps<"span"> {
  tone?: Tone;
  size?: keyof typeof sizes;
}

export function Badge({ tone = "neutral", size = "md", className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full [&_svg]:size-3.5",
        sizes[size],
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
