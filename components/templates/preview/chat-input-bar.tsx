"use client";

import { Camera, Mic, Paperclip, Smile } from "lucide-react";
import { useTranslations } from "next-intl";

/** The (decorative) message composer at the bottom of the chat, for proportions only. */
export function ChatInputBar() {
  const t = useTranslations("preview");
  return (
    <div aria-hidden className="flex items-center gap-1.5 px-1.5 pt-1 pb-2">
      <div className="flex h-10 min-w-0 flex-1 items-center gap-2.5 rounded-full bg-wa-bubble px-3 text-wa-meta shadow-bubble">
        <Smile className="size-5 shrink-0" />
        <span className="flex-1 truncate text-[15px]">{t("chat.inputPlaceholder")}</span>
        <Paperclip className="size-[18px] shrink-0 -rotate-45" />
        <Camera className="size-[18px] shrink-0" />
      </div>
      <span className="grid size-10 shrink-0 place-items-center rounded-full bg-wa-teal text-white dark:bg-[#00a884] dark:text-[#111b21]">
        <Mic className="size-5" />
      </span>
    </div>
  );
}
