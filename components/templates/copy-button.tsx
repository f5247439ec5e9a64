"use client";

import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useCopyToClipboard } from "./use-copy-to-clipboard";

export interface CopyButtonProps {
  value: string;
  /** Accessible name, e.g. "Copy ID 123". */
  label: string;
  copiedLabel: string;
  className?: string;
  children?: React.ReactNode;
}

/** Copies a value; the icon turns into a tick and a polite live region announces it. */
export function CopyButton({ value, label, copiedLabel, className, children }: CopyButtonProps) {
  const { copied, copy } = useCopyToClipboard();
  return (
    <Button
      variant="ghost"
      size={children ? "sm" : "icon-xs"}
      className={className}
      aria-label={children ? undefined : label}
      title={label}
      onClick={(event) => {
        event.stopPropagation();
        copy(value);
      }}
    >
      {copied ? <Check aria-hidden className="text-success" /> : <Copy aria-hidden />}
      {children}
      <span aria-live="polite" className="sr-only">
        {copied ? copiedLabel : ""}
      </span>
    </Button>
  );
}
