"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

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
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      variant="ghost"
      size={children ? "sm" : "icon-sm"}
      className={cn(children ? "" : "size-7", className)}
      aria-label={children ? undefined : label}
      title={label}
      onClick={(event) => {
        event.stopPropagation();
        void navigator.clipboard?.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        );
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
