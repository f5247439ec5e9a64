"use client";

import { useTranslations } from "next-intl";
import type { PreviewModel } from "@/lib/templates/preview/model";
import { ButtonList } from "./button-list";

/** Each button's label, type and what it does (final URL, number, code, OTP type), cards included. */
export function ButtonDetails({ model }: { model: PreviewModel }) {
  const t = useTranslations("drawer.details");
  const cards = model.carousel?.cards.filter((c) => c.buttons.length > 0) ?? [];
  if (model.buttons.length === 0 && cards.length === 0) return null;
  return (
    <section aria-labelledby="drawer-buttons" data-testid="button-details">
      <h3 id="drawer-buttons" className="text-sm font-semibold">
        {t("buttons")}
      </h3>
      <div className="mt-2 flex flex-col gap-3">
        {model.buttons.length > 0 && <ButtonList buttons={model.buttons} />}
        {cards.map((card) => (
          <div key={card.index}>
            <h4 className="mb-1 text-xs font-medium text-muted-foreground">
              {t("cardButtons", { card: card.index + 1 })}
            </h4>
            <ButtonList buttons={card.buttons} />
          </div>
        ))}
      </div>
    </section>
  );
}
