"use client";

import { SearchX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { overviewHref } from "@/lib/templates/overview-links";

export interface OverviewNotFoundProps {
  account: string;
}

/** `?account=` names no account (a stale bookmark, a typo): say which, and offer all accounts. */
export function OverviewNotFound({ account }: OverviewNotFoundProps) {
  const t = useTranslations("overview.states");
  return (
    <div
      role="alert"
      data-testid="overview-not-found"
      className="flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed border-border bg-card px-6 py-14 text-center"
    >
      <SearchX aria-hidden className="size-10 text-muted-foreground" />
      <h2 className="text-base font-semibold">{t("notFoundTitle")}</h2>
      <p className="max-w-md text-sm text-muted-foreground">{t("notFoundBody", { account })}</p>
      <Link href={overviewHref("all")} className="text-sm font-medium text-primary hover:underline">
        {t("showAll")}
      </Link>
    </div>
  );
}
