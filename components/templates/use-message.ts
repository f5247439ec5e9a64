"use client";

import { useTranslations } from "next-intl";
import type { MessageRef } from "@/lib/templates/preview/message-ref";

/** Translates the MessageRefs (full key + params) that the pure lib/templates helpers return. */
export function useMessage() {
  const t = useTranslations();
  // biome-ignore lint/suspicious/noExplicitAny: keys come from pure helpers, checked by messages tests.
  return (ref: MessageRef): string => t(ref.key as any, ref.params as any);
}
