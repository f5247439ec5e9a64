"use client";

import { useTranslations } from "next-intl";
import { humanizeEnum } from "@/components/templates/use-enum-labels";

/**
 * Labels and rejection guidance from the `status` namespace (status.json: `label.<STATUS>`,
 * `quality.<SCORE>.label`, `category.<CATEGORY>`, `rejection.<REASON>.{title,meaning,fix}`).
 * A value Meta adds later has no key yet: it reads humanized (or through the `UNKNOWN` message),
 * never as a crash or a raw key.
 */
export function useOverviewLabels() {
  const t = useTranslations("status");
  const pick = (key: string, params: Record<string, string>, fallback: string) =>
    t.has(key) ? t(key, params) : fallback;
  const reasonPart = (reason: string, part: "title" | "meaning" | "fix"): string | null => {
    if (t.has(`rejection.${reason}.${part}`)) return t(`rejection.${reason}.${part}`);
    if (t.has(`rejection.UNKNOWN.${part}`)) return t(`rejection.UNKNOWN.${part}`, { reason });
    return part === "title" ? humanizeEnum(reason) : null;
  };
  return {
    status: (value: string) => pick(`label.${value}`, { status: value }, humanizeEnum(value)),
    quality: (value: string) =>
      pick(`quality.${value}.label`, { score: value }, value === "NONE" ? "—" : humanizeEnum(value)),
    category: (value: string) => pick(`category.${value}`, { category: value }, humanizeEnum(value)),
    reason: (reason: string) => ({
      title: reasonPart(reason, "title") ?? reason,
      meaning: reasonPart(reason, "meaning"),
      fix: reasonPart(reason, "fix"),
    }),
  };
}

export type OverviewLabels = ReturnType<typeof useOverviewLabels>;
