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
        // Read-only text area: focusable and scrollable from the keyboard, never markup.
        <textarea
          readOnly
          aria-label="JSON"
          value={JSON.stringify(message.payload, null, 2)}
          className="h-[28rem] w-full resize-y rounded-md border border-border bg-muted p-3 font-mono text-xs"
        />
      );
  }
}
