"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useLanguageName } from "@/components/shell/language-names";
import { StatusBadge } from "@/components/templates/status-badge";
import type { TemplateDetail } from "@/lib/templates/detail-contract";
import { CopyLinkButton } from "./copy-link-button";

export interface DrawerHeaderProps {
  detail: TemplateDetail;
}

/** Template name (the dialog's title), language, status, account and "Copy link". */
export function DrawerHeader({ detail }: DrawerHeaderProps) {
  const t = useTranslations("drawer");
  const languageName = useLanguageName();
  const { template, account } = detail;
  const language = languageName(template.language);
  return (
    <div className="flex items-start gap-2 border-b border-border py-3 ps-4 pe-14 md:pt-4 md:ps-5 md:pe-16">
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
      </div>
    </div>
  );
}
