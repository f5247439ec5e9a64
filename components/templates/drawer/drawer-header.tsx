"use client";

import { X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { StatusBadge } from "@/components/templates/status-badge";
import { Button } from "@/components/ui/button";
import { languageName } from "@/lib/i18n/language-name";
import type { TemplateDetail } from "@/lib/templates/detail-contract";
import { CopyLinkButton } from "./copy-link-button";

export interface DrawerHeaderProps {
  detail: TemplateDetail;
}

/** Template name (the dialog's title), language, status, account; copy link and close. */
export function DrawerHeader({ detail }: DrawerHeaderProps) {
  const t = useTranslations("drawer");
  const locale = useLocale();
  const { template, account } = detail;
  const language = languageName(template.language, locale);
  return (
    <div className="flex items-start gap-2 border-b border-border px-4 pt-3 pb-3 md:px-5 md:pt-4">
      <div className="min-w-0 flex-1">
        <Dialog.Title className="text-lg leading-7 font-semibold break-all" data-testid="drawer-title">
          {template.name}
        </Dialog.Title>
        <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
          <StatusBadge status={template.status} quality={template.quality_score?.score ?? null} />
          <Dialog.Description className="min-w-0">
            {t("description", { language, account: account.label })}
          </Dialog.Description>
        </div>
      </div>
      <div className="flex shrink-0 items-center gap-1">
        <CopyLinkButton />
        <Dialog.Close asChild>
          <Button variant="ghost" size="icon-sm" aria-label={t("close")} data-testid="drawer-close">
            <X aria-hidden />
          </Button>
        </Dialog.Close>
      </div>
    </div>
  );
}
