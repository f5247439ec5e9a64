"use client";

import type { BuiltMessage } from "@/server/alerts/deliver";
import { DingtalkPreview } from "./previews/dingtalk-preview";
import { EmailPreview } from "./previews/email-preview";
import { FeishuPreview } from "./previews/feishu-preview";
import { SlackPreview } from "./previews/slack-preview";
import { WecomPreview } from "./previews/wecom-preview";

export interface MessagePreviewProps {
  message: BuiltMessage;
  to: string | string[];
}

/** A built message drawn like the app that receives it; the signed webhook as its JSON body. */
export function MessagePreview({ message, to }: MessagePreviewProps) {
  switch (message.type) {
    case "wecom":
      return <WecomPreview payload={message.payload} />;
    case "dingtalk":
      return <DingtalkPreview payload={message.payload} />;
    case "feishu":
      return <FeishuPreview payload={message.payload} />;
    case "slack":
      return <SlackPreview payload={message.payload} />;
    case "email":
      return <EmailPreview message={message.payload} from="Template Console" to={to} />;
    case "webhook":
      return (
        // Focusable: a keyboard user must be able to scroll it.
        <pre
          tabIndex={0}
          className="max-h-[28rem] overflow-auto rounded-md border border-border bg-muted p-3 text-xs"
        >
          {JSON.stringify(message.payload, null, 2)}
        </pre>
      );
  }
}
