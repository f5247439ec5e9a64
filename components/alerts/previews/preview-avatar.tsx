import { cn } from "@/lib/utils/cn";

export interface PreviewAvatarProps {
  className?: string;
}

/** The bot's square avatar in a chat preview (a bell glyph; decorative). */
export function PreviewAvatar({ className }: PreviewAvatarProps) {
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
