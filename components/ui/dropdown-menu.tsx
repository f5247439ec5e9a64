"use client";

import * as React from "react";

/**
 * Dropdown menus whose code (Radix menu, focus trap, positioning: ~25 kB gzip) loads on first
 * use instead of with every page. Until a menu is opened its trigger is the very element the
 * caller gave, with `aria-haspopup`; hovering or focusing it fetches the code, and the first press
 * (pointer down, Enter, Space or ↓ — what opens a Radix menu) mounts the Radix menu already open.
 * From then on that menu is a plain Radix menu. Call sites use these exports like Radix's parts.
 */

type Parts = typeof import("./dropdown-menu-parts");

let parts: Promise<Parts> | null = null;
function loadParts(): Promise<Parts> {
  parts ??= import("./dropdown-menu-parts").catch((error: unknown) => {
    parts = null; // a failed fetch (offline) is tried again on the next press
    throw error;
  });
  return parts;
}

type Request = (open: "prefetch" | "pointer" | "keyboard") => void;
const RequestMenu = React.createContext<Request>(() => {});
const LoadedParts = React.createContext<Parts | null>(null);

function useParts(): Parts {
  const loaded = React.useContext(LoadedParts);
  if (!loaded) throw new Error("A menu's content renders only inside an opened DropdownMenu");
  return loaded;
}

interface RootProps {
  children: React.ReactNode;
  /** Controlled use (a menu that closes itself after an action); uncontrolled when absent. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

export function DropdownMenu({ children, open, onOpenChange }: RootProps) {
  const [opened, setOpened] = React.useState<{ parts: Parts; keyboard: boolean } | null>(null);
  const onOpenChangeRef = React.useRef(onOpenChange);
  onOpenChangeRef.current = onOpenChange;
  const request = React.useCallback<Request>((how) => {
    const load = loadParts();
    if (how === "prefetch") return void load.catch(() => {});
    void load.then(
      (loaded) => {
        setOpened((current) => current ?? { parts: loaded, keyboard: how === "keyboard" });
        // A controlled menu opens when its owner says so: the first press asks it.
        onOpenChangeRef.current?.(true);
      },
      () => {},
    );
  }, []);
  // Opened by its owner before the code was loaded: load it now.
  React.useEffect(() => {
    if (open && !opened) request("pointer");
  }, [open, opened, request]);
  if (!opened) return <RequestMenu.Provider value={request}>{children}</RequestMenu.Provider>;
  const { DropdownMenu: Root } = opened.parts;
  const state = open === undefined ? { defaultOpen: true } : { open, onOpenChange };
  return (
    <LoadedParts.Provider value={opened.parts}>
      <Root {...state} openedWithKeyboard={opened.keyboard}>
        {children}
      </Root>
    </LoadedParts.Provider>
  );
}

type TriggerChild = React.ReactElement<React.ButtonHTMLAttributes<HTMLButtonElement>>;

/** Always `asChild` here: the child (a Button) is the trigger. */
export function DropdownMenuTrigger({ children }: { asChild: true; children: TriggerChild }) {
  const loaded = React.useContext(LoadedParts);
  const request = React.useContext(RequestMenu);
  if (loaded) return <loaded.DropdownMenuTrigger asChild>{children}</loaded.DropdownMenuTrigger>;
  const own = children.props;
  return React.cloneElement(children, {
    "aria-haspopup": "menu",
    "aria-expanded": false,
    // @ts-expect-error — a data attribute, as Radix's trigger sets it
    "data-state": "closed",
    onPointerEnter: (event: React.PointerEvent<HTMLButtonElement>) => {
      own.onPointerEnter?.(event);
      request("prefetch");
    },
    onFocus: (event: React.FocusEvent<HTMLButtonElement>) => {
      own.onFocus?.(event);
      request("prefetch");
    },
    onPointerDown: (event: React.PointerEvent<HTMLButtonElement>) => {
      own.onPointerDown?.(event);
      if (own.disabled || event.button !== 0 || event.ctrlKey) return;
      event.preventDefault(); // as Radix: the press opens the menu, it does not focus the trigger
      request("pointer");
    },
    onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => {
      own.onKeyDown?.(event);
      if (own.disabled || !["Enter", " ", "ArrowDown"].includes(event.key)) return;
      event.preventDefault();
      request("keyboard");
    },
  });
}

type PartProps<K extends keyof Parts> = React.ComponentProps<Parts[K]>;

/** Nothing until the menu is first opened (a closed Radix menu renders no content either). */
export function DropdownMenuContent(props: PartProps<"DropdownMenuContent">) {
  const loaded = React.useContext(LoadedParts);
  return loaded ? <loaded.DropdownMenuContent {...props} /> : null;
}

export function DropdownMenuItem(props: PartProps<"DropdownMenuItem">) {
  const { DropdownMenuItem: Part } = useParts();
  return <Part {...props} />;
}

export function DropdownMenuCheckboxItem(props: PartProps<"DropdownMenuCheckboxItem">) {
  const { DropdownMenuCheckboxItem: Part } = useParts();
  return <Part {...props} />;
}

export function DropdownMenuRadioGroup(props: PartProps<"DropdownMenuRadioGroup">) {
  const { DropdownMenuRadioGroup: Part } = useParts();
  return <Part {...props} />;
}

export function DropdownMenuRadioItem(props: PartProps<"DropdownMenuRadioItem">) {
  const { DropdownMenuRadioItem: Part } = useParts();
  return <Part {...props} />;
}

export function DropdownMenuLabel(props: PartProps<"DropdownMenuLabel">) {
  const { DropdownMenuLabel: Part } = useParts();
  return <Part {...props} />;
}

export function DropdownMenuSeparator(props: PartProps<"DropdownMenuSeparator">) {
  const { DropdownMenuSeparator: Part } = useParts();
  return <Part {...props} />;
}
