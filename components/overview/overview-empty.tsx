"use client";

import { Inbox } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";

export interface OverviewEmptyProps {
  /** Several accounts in scope (wording), none of them with templates. */
  all: boolean;
}

/** No templates in scope: say so, and how templates get created. */
export function OverviewEmpty({ all }: OverviewEmptyProps) {
  const t = useTranslations("overview.states");
  return (
    <div
      role="status"
      data-testid="overview-empty"
      className="flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed border-border bg-card px-6 py-14 text-center"
    >
      <Inbox aria-hidden className="size-10 text-muted-foreground" />
      <h2 className="text-base font-semibold">{t("emptyTitle")}</h2>
      <p className="max-w-md text-sm text-muted-foreground">{all ? t("emptyBodyAll") : t("emptyBody")}</p>
      <Link href="/templates" className="text-sm font-medium text-primary hover:underline">
        {t("toTemplates")}
      </Link>
    </div>
  );
}
