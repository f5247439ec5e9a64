"use client";

import { ArrowLeft, EllipsisVertical, Phone, Video } from "lucide-react";
import { useTranslations } from "next-intl";
import { avatarInitial } from "@/lib/templates/preview/presentation";

/** WhatsApp's chat title bar: back arrow, the business's avatar and name, call icons. */
export function ChatHeader({ businessName }: { businessName: string }) {
  const t = useTranslations("preview");
  return (
    <div className="flex items-center gap-2 bg-wa-header px-2.5 py-2 text-white dark:text-wa-text">
      <ArrowLeft aria-hidden className="size-5 shrink-0" />
      <span
        aria-hidden
        className="grid size-9 shrink-0 place-items-center rounded-full bg-white/25 text-[15px] font-semibold dark:bg-white/10"
      >
        {avatarInitial(businessName)}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate text-[15.5px] leading-5 font-medium" data-testid="chat-business-name">
          {businessName}
        </p>
        <p className="truncate text-[12.5px] leading-4 dark:text-wa-meta">{t("chat.subtitle")}</p>
      </div>
      <span aria-hidden className="flex shrink-0 items-center gap-4 pe-1">
        <Video className="size-5" />
        <Phone className="size-[18px]" />
        <EllipsisVertical className="size-5" />
      </span>
    </div>
  );
}
