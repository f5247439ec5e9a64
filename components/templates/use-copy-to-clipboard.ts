"use client";

import { useCallback, useEffect, useState } from "react";

/** Copies text and says so for 1.5 s (`copied`), for the tick icon and the live-region message. */
export function useCopyToClipboard() {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = useCallback((text: string) => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }, []);
  return { copied, copy };
}
