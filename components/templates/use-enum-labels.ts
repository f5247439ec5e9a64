"use client";

import { useTranslations } from "next-intl";

/** "LIMIT_EXCEEDED" → "Limit exceeded": how an enum value nobody translated yet still reads well. */
export function humanizeEnum(value: string): string {
  const words = value.replace(/[_-]+/g, " ").trim().toLowerCase();
  return words ? words[0]?.toUpperCase() + words.slice(1) : value;
}

/**
 * Labels for the Meta enums (status, category, quality, rejection reason), from the `status`
 * namespace. New values Meta adds later have no key yet: they show humanized, never as a crash.
 */
export function useEnumLabels() {
  const t = useTranslations("status");
  const label = (path: string, value: string) => {
    const key = `${path}.${value}`;
    return t.has(key) ? t(key) : humanizeEnum(value);
  };
  return {
    status: (value: string) => label("statusLabel", value),
    category: (value: string) => label("category", value),
    quality: (value: string | null) => label("quality", value ?? "NONE"),
    reason: (value: string) =>
      t.has(`rejection.${value}.title`) ? t(`rejection.${value}.title`) : humanizeEnum(value),
    managerLabel: (key: string) => (t.has(key) ? t(key) : null),
  };
}
