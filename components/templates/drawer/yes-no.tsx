"use client";

import { CircleCheck, CircleX } from "lucide-react";
import { useTranslations } from "next-intl";

/** "Yes" / "No" with an icon and colour (never colour alone). */
export function YesNo({ value }: { value: boolean }) {
  const t = useTranslations("drawer.details");
  return value ? (
    <span className="inline-flex items-center gap-1.5 font-medium text-success">
      <CircleCheck aria-hidden className="size-4" />
      {t("yes")}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1.5 font-medium text-danger">
      <CircleX aria-hidden className="size-4" />
      {t("no")}
    </span>
  );
}
