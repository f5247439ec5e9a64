import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export interface ChatFrameProps {
  /** The figure's accessible name ("WeCom preview"…). */
  label: string;
  /** The app's conversation background and text colours, light and dark. */
  className: string;
  /** The bot avatar's background colour. */
  avatarClassName: string;
  /** The sender line: the bot's name and the app's "robot"/"app" tag, in the app's style. */
  sender: ReactNode;
  /** Above the message (DingTalk shows the conversation-list title there). */
  above?: ReactNode;
  /** The message body. */
  children: ReactNode;
}

/** One chat app's message as its client draws it: avatar, sender line, then the message. */
export function ChatFrame({ label, className, avatarClassName, sender, above, children }: ChatFrameProps) {
  return (
    <figure aria-label={label} className={cn("rounded-lg p-3", className)}>
      {above}
      <div className="flex items-start gap-2">
        <PreviewAvatar className={avatarClassName} />
        <div className="min-w-0 flex-1">
          <div className="mb-1 flex items-center gap-1.5">{sender}</div>
          {children}
        </div>
      </div>
    </figure>
  );
}

/** The bot's square avatar (a bell glyph; decorative). */
function PreviewAvatar({ className }: { className: string }) {
  return (
    <span
      aria-hidden
      className={cn("grid size-9 shrink-0 place-items-center rounded-md text-white", className)}
    >
      <svg viewBox="0 0 24 24" className="size-5" fill="currentColor" role="presentation">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
    </span>
  );
}
