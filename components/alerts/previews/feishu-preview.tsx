"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";
import type { FeishuPayload } from "@/server/alerts/channels/feishu";
import { ChatFrame } from "./chat-frame";
import { ChatMarkdown } from "./chat-markdown";

export interface FeishuPreviewProps {
  payload: FeishuPayload;
}

/** Card header colours (Feishu's `header.template` names). */
const HEADER: Record<string, string> = {
  red: "bg-[#f54a45] text-white",
  orange: "bg-[#ff8800] text-white",
  blue: "bg-[#3370ff] text-white",
  green: "bg-[#34c724] text-white",
  yellow: "bg-[#ffc60a] text-[#1f2329]",
  grey: "bg-[#8f959e] text-white",
};

/** A Feishu/Lark interactive card (JSON 1.0 elements: div lark_md, hr, note, action buttons). */
export function FeishuPreview({ payload }: FeishuPreviewProps) {
  const t = useTranslations("alerts.preview");
  const { card } = payload;
  return (
    <ChatFrame
      label={t("feishu")}
      className="bg-[#f5f6f7] text-[14px] text-[#1f2329] dark:bg-[#1a1a1a] dark:text-[#ebebeb]"
      avatarClassName="bg-[#3370ff]"
      sender={
        <span className="flex items-center gap-1.5 text-xs text-[#8f959e]">
          <span>{t("botName")}</span>
          <span className="rounded bg-[#e1eaff] px-1 text-[10px] text-[#3370ff] dark:bg-[#1e2a4a]">
            {t("robot")}
          </span>
        </span>
      }
    >
      <div className="overflow-hidden rounded-lg border border-[#dee0e3] bg-white dark:border-[#373737] dark:bg-[#232323]">
        <div className={cn("px-3 py-2 font-semibold", HEADER[card.header.template] ?? HEADER.blue)}>
          {card.header.title.content}
        </div>
        <div className="space-y-2 px-3 py-2">
          {card.elements.map((el, i) => {
            const key = `${el.tag}-${i}`;
            switch (el.tag) {
              case "div":
                return <ChatMarkdown key={key} text={el.text.content} linkClassName="text-[#3370ff]" />;
              case "hr":
                return <hr key={key} className="border-[#dee0e3] dark:border-[#373737]" />;
              case "note":
                return (
                  <p key={key} className="text-xs text-[#8f959e]">
                    {el.elements.map((e) => e.content).join(" ")}
                  </p>
                );
              case "action":
                return (
                  <div key={key} className="flex flex-wrap gap-2">
                    {el.actions.map((a) => (
                      <a
                        key={a.url}
                        href={a.url}
                        target="_blank"
                        rel="noreferrer noopener"
                        className={cn(
                          "rounded-md border px-3 py-1 text-sm",
                          a.type === "primary"
                            ? "border-[#3370ff] bg-[#3370ff] text-white"
                            : "border-[#dee0e3] dark:border-[#4a4a4a]",
                        )}
                      >
                        {a.text.content}
                      </a>
                    ))}
                  </div>
                );
              default:
                return null;
            }
          })}
        </div>
      </div>
    </ChatFrame>
  );
}
