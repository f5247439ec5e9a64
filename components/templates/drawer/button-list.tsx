"use client";

import { useTranslations } from "next-intl";
import { ButtonDetailText } from "@/components/templates/preview/button-detail-text";
import { ButtonGlyph } from "@/components/templates/preview/button-glyph";
import { useMessage } from "@/components/templates/use-message";
import type { PreviewButton } from "@/lib/templates/preview/model";

/** Buttons as a numbered list: label, position and type, and what each does. */
export function ButtonList({ buttons }: { buttons: readonly PreviewButton[] }) {
  const t = useTranslations("drawer.details");
  const m = useMessage();
  return (
    <ol className="flex flex-col divide-y divide-border rounded-md border border-border">
      {buttons.map((b) => (
        <li key={b.index} className="flex gap-2.5 px-3 py-2 text-sm" data-testid="button-detail">
          <ButtonGlyph icon={b.icon} className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{b.label ?? m(b.fallbackLabel)}</span>
              <span className="text-xs text-muted-foreground">
                {t("buttonNumber", { number: b.index + 1 })} · {m(b.typeLabel)}
              </span>
            </p>
            <div className="text-xs leading-relaxed text-muted-foreground">
              <ButtonDetailText button={b} linkClassName="text-primary" warningClassName="text-warning" />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
