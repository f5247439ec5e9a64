import { cn } from "@/lib/utils/cn";

// Apart from the Button component (components/ui/button.tsx) so that a plain <button> or <a>
// styled as a button (the error and not-found pages, links) does not load the Button's Slot.
const variants = {
  default: "bg-primary text-primary-foreground hover:bg-primary/90 shadow-sm",
  outline: "border border-border bg-card hover:bg-accent text-foreground shadow-xs",
  /** A filter trigger while its filter is not set: outline with a dashed border. */
  "filter-unset": "border border-dashed border-border bg-card hover:bg-accent text-foreground shadow-xs",
  /** A filter trigger while its filter is set: a solid, tinted outline. */
  "filter-set":
    "border border-solid border-primary/50 bg-primary/5 hover:bg-accent text-foreground shadow-xs",
  ghost: "hover:bg-accent text-foreground",
  subtle: "bg-muted hover:bg-accent text-foreground",
  danger: "bg-danger text-white hover:bg-danger/90",
  link: "text-primary underline-offset-4 hover:underline",
} as const;

const sizes = {
  sm: "h-8 rounded-md px-2.5 text-[13px] gap-1.5",
  md: "h-9 rounded-md px-3.5 text-sm gap-2",
  lg: "h-10 rounded-md px-5 text-sm gap-2",
  icon: "size-9 rounded-md",
  "icon-sm": "size-8 rounded-md",
  "icon-xs": "size-7 rounded-md",
  /** A small pill (the drawer's links to the template's other languages). */
  pill: "h-7 rounded-full px-2.5 text-xs gap-1.5",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export function buttonClasses(variant: ButtonVariant = "default", size: ButtonSize = "md") {
  return cn(
    "inline-flex shrink-0 items-center justify-center whitespace-nowrap font-medium transition-colors",
    "disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
    variants[variant],
    sizes[size],
  );
}
