"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMessage } from "@/components/templates/use-message";
import type { PreviewButton } from "@/lib/templates/preview/model";
import { isUnknownButton } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";
import { ButtonGlyph } from "./button-glyph";

export interface BubbleButtonRowProps {
  button: PreviewButton;
}

/** The row's shape; its colour is set per row (link blue, or grey for an unknown button). */
export const BUTTON_ROW_CLASSES =
  "flex min-h-[42px] w-full items-center justify-center gap-1.5 border-t border-wa-divider px-3 py-2 text-center text-[14px] leading-[19px] font-medium";

/**
 * One template button the way WhatsApp draws it under the message: a full-width row, blue
 * centred label with its type icon. URL buttons with a safe http(s) target open it in a new tab;
 * everything else is inert (it is a preview, not a phone).
 */
export function BubbleButtonRow({ button }: BubbleButtonRowProps) {
  const t = useTranslations("preview");
  const m = useMessage();
  const label = button.label ?? m(button.fallbackLabel);
  const detail = button.detail;
  const common = { "data-button-type": button.type, "data-testid": "bubble-button" } as const;

  if (detail?.kind === "url" && detail.href) {
    return (
      <a
        {...common}
        href={detail.href}
        target="_blank"
        rel="noopener noreferrer"
        title={detail.url ?? detail.href}
        className={cn(BUTTON_ROW_CLASSES, "text-wa-link hover:underline")}
      >
        <ButtonGlyph icon={button.icon} className="size-[17px] shrink-0" />
        <span className="min-w-0 truncate">{label}</span>
        <span className="sr-only">
          {" "}
          ({detail.url ?? detail.href}, {t("newTab")})
        </span>
      </a>
    );
  }
  const unsafe = detail?.kind === "url" && detail.unsafe;
  return (
    <div
      {...common}
      className={cn(BUTTON_ROW_CLASSES, isUnknownButton(button) ? "text-wa-meta" : "text-wa-link")}
    >
      {unsafe ? (
        <TriangleAlert aria-hidden className="size-[17px] shrink-0 text-[#c27c0e] dark:text-[#f1b24a]" />
      ) : (
        <ButtonGlyph icon={button.icon} className="size-[17px] shrink-0" />
      )}
      <span className="min-w-0 truncate">{label}</span>
      {unsafe && <span className="sr-only"> ({t("blockedLink")})</span>}
    </div>
  );
}
