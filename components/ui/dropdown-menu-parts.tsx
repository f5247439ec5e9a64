"use client";

import { Check } from "lucide-react";
import { DropdownMenu as Menu } from "radix-ui";
import * as React from "react";
import { cn } from "@/lib/utils/cn";

/**
 * The Radix side of `dropdown-menu.tsx`, loaded when a menu is first opened (see there). Import
 * the components from `dropdown-menu.tsx`, never from here: that would load this with the page.
 */

export const DropdownMenuTrigger = Menu.Trigger;
export const DropdownMenuRadioGroup = Menu.RadioGroup;

/**
 * The Radix root. `openedWithKeyboard`: it mounts open because of a key Radix did not see (it was
 * not loaded yet). Radix focuses a menu's first item only when it saw a key press before the menu
 * took focus, so one is replayed to its document listener — the menu then behaves as if opened by
 * that key.
 */
export function DropdownMenu({
  openedWithKeyboard,
  ...props
}: React.ComponentProps<typeof Menu.Root> & { openedWithKeyboard: boolean }) {
  const replayed = React.useRef(false);
  // A parent's effect runs after its children's: Radix's listener is registered by then.
  React.useEffect(() => {
    if (!openedWithKeyboard || replayed.current) return;
    replayed.current = true;
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Unidentified" }));
  }, [openedWithKeyboard]);
  return <Menu.Root {...props} />;
}

const itemClasses =
  "relative flex cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-accent data-[disabled]:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0";

export function DropdownMenuContent({
  className,
  sideOffset = 6,
  ...props
}: React.ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        sideOffset={sideOffset}
        className={cn(
          "z-50 min-w-44 overflow-hidden rounded-lg border border-border bg-popover p-1 text-popover-foreground shadow-lg",
          className,
        )}
        {...props}
      />
    </Menu.Portal>
  );
}

export function DropdownMenuItem({ className, ...props }: React.ComponentProps<typeof Menu.Item>) {
  return <Menu.Item className={cn(itemClasses, className)} {...props} />;
}

export function DropdownMenuLabel({ className, ...props }: React.ComponentProps<typeof Menu.Label>) {
  return (
    <Menu.Label
      className={cn("px-2 py-1.5 text-xs font-medium text-muted-foreground", className)}
      {...props}
    />
  );
}

export function DropdownMenuSeparator({ className, ...props }: React.ComponentProps<typeof Menu.Separator>) {
  return <Menu.Separator className={cn("-mx-1 my-1 h-px bg-border", className)} {...props} />;
}

export function DropdownMenuRadioItem({
  className,
  children,
  ...props
}: React.ComponentProps<typeof Menu.RadioItem>) {
  return (
    <Menu.RadioItem className={cn(itemClasses, "pe-8", className)} {...props}>
      {children}
      <Menu.ItemIndicator className="absolute end-2 inline-flex">
        <Check aria-hidden />
      </Menu.ItemIndicator>
    </Menu.RadioItem>
  );
}

export function DropdownMenuCheckboxItem({
  className,
  children,
  ...props
}: React.ComponentProps<typeof Menu.CheckboxItem>) {
  return (
    <Menu.CheckboxItem className={cn(itemClasses, "ps-8", className)} {...props}>
      <Menu.ItemIndicator className="absolute start-2 inline-flex">
        <Check aria-hidden />
      </Menu.ItemIndicator>
      {children}
    </Menu.CheckboxItem>
  );
}
