"use client";

import { useTranslations } from "next-intl";
import type { DingtalkPayload } from "@/server/alerts/channels/dingtalk";
import { ChatFrame } from "./chat-frame";
import { ChatMarkdown } from "./chat-markdown";

export interface DingtalkPreviewProps {
  payload: DingtalkPayload;
}

/** A DingTalk custom-robot markdown message; the title is what the conversation list shows. */
export function DingtalkPreview({ payload }: DingtalkPreviewProps) {
  const t = useTranslations("alerts.preview");
  return (
    <ChatFrame
      label={t("dingtalk")}
      className="bg-[#f2f3f5] text-[14px] text-[#171a1d] dark:bg-[#141414] dark:text-[#e0e0e0]"
      avatarClassName="bg-[#3296fa]"
      above={<p className="mb-2 truncate text-xs text-[#858e99]">{payload.markdown.title}</p>}
      sender={
        <span className="flex items-center gap-1.5 text-xs text-[#858e99]">
          <span>{t("botName")}</span>
          <span className="rounded border border-[#3296fa]/40 px-1 text-[10px] text-[#3296fa]">
            {t("robot")}
          </span>
        </span>
      }
    >
      <div className="rounded-lg bg-white px-3 py-2 shadow-sm dark:bg-[#262626]">
        <ChatMarkdown text={payload.markdown.text} linkClassName="text-[#3296fa]" />
      </div>
    </ChatFrame>
  );
}
