import type * as React from "react";
import { cn } from "@/lib/utils/cn";

/** Heights matching the button sizes of the same names. */
const heights = { sm: "h-8", md: "h-9", lg: "h-10" } as const;

export interface InputProps extends React.ComponentProps<"input"> {
  inputSize?: keyof typeof heights;
}

export function Input({ className, inputSize = "md", ...props }: InputProps) {
  return (
    <input
      className={cn(
        heights[inputSize],
        "w-full min-w-0 rounded-md border border-input bg-card px-3 text-sm text-foreground shadow-xs",
        "placeholder:text-muted-foreground focus-visible:outline-2 focus-visible:outline-ring",
        "disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
