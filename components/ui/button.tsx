import { Slot } from "radix-ui";
import type * as React from "react";
import { cn } from "@/lib/utils/cn";
import { type ButtonSize, type ButtonVariant, buttonClasses } from "./button-classes";

/** `className` adds classes (layout, spacing around); it cannot replace the variant's or size's. */
export interface ButtonProps extends React.ComponentProps<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Render the child element (e.g. a Link) with button styles. */
  asChild?: boolean;
}

export function Button({ className, variant, size, asChild, type, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      type={asChild ? undefined : (type ?? "button")}
      className={cn(buttonClasses(variant, size), className)}
      {...props}
    />
  );
}
