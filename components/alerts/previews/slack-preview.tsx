"use client";

import { useTranslations } from "next-intl";
import type { SlackPayload } from "@/server/alerts/channels/slack";
import { ChatFrame } from "./chat-frame";
import { ChatMarkdown } from "./chat-markdown";

export interface SlackPreviewProps {
  payload: SlackPayload;
}

/** A Slack incoming-webhook message: Block Kit header, context, sections with buttons. */
export function SlackPreview({ payload }: SlackPreviewProps) {
  const t = useTranslations("alerts.preview");
  const link = "text-[#1264a3] dark:text-[#1d9bd1]";
  return (
    <ChatFrame
      label={t("slack")}
      className="bg-white text-[15px] text-[#1d1c1d] dark:bg-[#1a1d21] dark:text-[#d1d2d3]"
      avatarClassName="bg-[#611f69]"
      sender={
        <>
          <span className="font-bold">{t("botName")}</span>
          <span className="rounded bg-black/10 px-1 text-[10px] font-semibold text-[#616061] dark:bg-white/10 dark:text-[#ababad]">
            {t("app")}
          </span>
        </>
      }
    >
      {payload.blocks.length === 0 ? (
        <ChatMarkdown text={payload.text} dialect="slack" linkClassName={link} />
      ) : (
        <div className="space-y-2">
          {payload.blocks.map((b, i) => {
            const key = `${b.type}-${i}`;
            switch (b.type) {
              case "header":
                return (
                  <p key={key} className="text-lg font-bold">
                    {b.text.text}
                  </p>
                );
              case "divider":
                return <hr key={key} className="border-black/10 dark:border-white/10" />;
              case "context":
                return (
                  <div key={key} className="text-xs text-[#616061] dark:text-[#ababad]">
                    {b.elements.map((e) =>
                      e.type === "mrkdwn" ? (
                        <ChatMarkdown key={e.text} text={e.text} dialect="slack" linkClassName={link} />
                      ) : (
                        <span key={e.text}>{e.text}</span>
                      ),
                    )}
                  </div>
                );
              case "section":
                return (
                  <div key={key} className="flex items-start justify-between gap-3">
                    <ChatMarkdown
                      text={b.text.text}
                      dialect="slack"
                      linkClassName={link}
                      className="min-w-0 flex-1"
                    />
                    {b.accessory ? (
                      <a
                        href={b.accessory.url}
                        target="_blank"
                        rel="noreferrer noopener"
                        className="shrink-0 rounded border border-black/20 px-3 py-1 text-sm font-semibold dark:border-white/25"
                      >
                        {b.accessory.text.text}
                      </a>
                    ) : null}
                  </div>
                );
              default:
                return null;
            }
          })}
        </div>
      )}
    </ChatFrame>
  );
}
