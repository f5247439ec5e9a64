import type * as React from "react";
import { cn } from "@/lib/utils/cn";

export interface SkeletonProps extends React.ComponentProps<"div"> {
  /** The corner radius class of the placeholder; the default suits a line of text. */
  rounded?: string;
}

export function Skeleton({ className, rounded = "rounded-md", ...props }: SkeletonProps) {
  return <div aria-hidden className={cn("animate-pulse bg-muted", rounded, className)} {...props} />;
}
