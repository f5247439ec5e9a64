"use client";

import { useTranslations } from "next-intl";
import type { WecomPayload } from "@/server/alerts/channels/wecom";
import { ChatFrame } from "./chat-frame";
import { ChatMarkdown } from "./chat-markdown";

export interface WecomPreviewProps {
  payload: WecomPayload;
}

/** A WeCom group-robot markdown message, as the WeCom client draws it. */
export function WecomPreview({ payload }: WecomPreviewProps) {
  const t = useTranslations("alerts.preview");
  return (
    <ChatFrame
      label={t("wecom")}
      className="bg-[#ededed] text-[14px] text-[#191919] dark:bg-[#111111] dark:text-[#d5d5d5]"
      avatarClassName="bg-[#2b7bf3]"
      sender={
        <span className="flex items-center gap-1.5 text-xs text-[#888888]">
          <span>{t("botName")}</span>
          <span className="rounded bg-[#e6f0ff] px-1 text-[10px] text-[#2b7bf3] dark:bg-[#1d2b44]">
            {t("robot")}
          </span>
        </span>
      }
    >
      <div className="rounded-md bg-white px-3 py-2 shadow-sm dark:bg-[#2c2c2c]">
        <ChatMarkdown text={payload.markdown.content} linkClassName="text-[#576b95] dark:text-[#7d90c4]" />
      </div>
    </ChatFrame>
  );
}
