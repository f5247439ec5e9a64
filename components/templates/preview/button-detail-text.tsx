"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMessage } from "@/components/templates/use-message";
import type { PreviewButton } from "@/lib/templates/preview/model";
import { buttonDetailRef, buttonUrlText } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";

export interface ButtonDetailTextProps {
  button: PreviewButton;
  /** Colour of links (differs inside the WhatsApp look and in the console's details). */
  linkClassName?: string;
  warningClassName?: string;
}

/**
 * What a button does, as text: the final URL (a link only for the model's safe http(s) `href`),
 * the phone number, the copy code, the OTP type or the Flow. Unsafe URLs are shown as inert text
 * with a warning.
 */
export function ButtonDetailText({ button, linkClassName, warningClassName }: ButtonDetailTextProps) {
  const t = useTranslations("preview");
  const m = useMessage();
  const d = button.detail;
  if (d?.kind === "url") {
    const text = buttonUrlText(button) ?? "";
    if (d.unsafe || d.href === null) {
      return (
        <span className="block">
          <span className={cn("inline-flex max-w-full items-start gap-1", d.unsafe && warningClassName)}>
            {d.unsafe && <TriangleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />}
            <span className="break-all" data-testid="button-url-text">
              {text}
            </span>
          </span>
          <span className="block">{m(buttonDetailRef(button) ?? { key: "preview.button.unsafeLink" })}</span>
        </span>
      );
    }
    return (
      <span className="block">
        <a
          href={d.href}
          target="_blank"
          rel="noopener noreferrer"
          className={cn("break-all underline-offset-2 hover:underline", linkClassName)}
        >
          {text}
          <span className="sr-only"> ({t("newTab")})</span>
        </a>
      </span>
    );
  }
  const ref = buttonDetailRef(button);
  return ref ? <span className="block break-words">{m(ref)}</span> : null;
}
