"use client";

import { useTranslations } from "next-intl";
import { useMessage } from "@/components/templates/use-message";
import type { PreviewButton } from "@/lib/templates/preview/model";
import { ButtonDetailText } from "./button-detail-text";
import { ButtonGlyph } from "./button-glyph";

export interface AllOptionsListProps {
  id: string;
  buttons: readonly PreviewButton[];
}

/**
 * WhatsApp's "See all options" sheet: every button with its label and what it does (final URL,
 * phone number, copy code, OTP type).
 */
export function AllOptionsList({ id, buttons }: AllOptionsListProps) {
  const t = useTranslations("preview");
  const m = useMessage();
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      data-testid="all-options"
      className="mt-1.5 overflow-hidden rounded-bubble bg-wa-bubble text-wa-text shadow-bubble"
    >
      <h4
        id={`${id}-title`}
        className="px-3 pt-2.5 pb-1.5 text-center text-[13px] leading-[17px] font-semibold text-wa-meta"
      >
        {t("allOptions")}
      </h4>
      <ul>
        {buttons.map((button) => (
          <li
            key={button.index}
            data-testid="all-options-item"
            className="flex gap-3 border-t border-wa-divider px-3 py-2 text-[14px] leading-[19px]"
          >
            <ButtonGlyph icon={button.icon} className="mt-px size-[17px] shrink-0 text-wa-link" />
            <div className="min-w-0 flex-1">
              <p className="font-medium text-wa-link">{button.label ?? m(button.fallbackLabel)}</p>
              <p className="text-[12.5px] leading-[17px] text-wa-meta">{m(button.typeLabel)}</p>
              <div className="text-[12.5px] leading-[17px] text-wa-meta">
                <ButtonDetailText
                  button={button}
                  linkClassName="text-wa-link"
                  warningClassName="text-[#a3670b] dark:text-[#f1b24a]"
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
