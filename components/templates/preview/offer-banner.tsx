"use client";

import { Clock, Gift } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PreviewOffer } from "@/lib/templates/preview/model";
import { cn } from "@/lib/utils/cn";
import { WA_META_ON_TINT } from "./wa-classes";

/** The limited-time-offer box WhatsApp draws between the header and the body. */
export function OfferBanner({ offer }: { offer: PreviewOffer }) {
  const t = useTranslations("preview");
  return (
    <div
      data-testid="offer-banner"
      className="mx-[3px] mt-[3px] flex items-center gap-2.5 rounded-[6px] bg-black/[0.05] px-2.5 py-2 dark:bg-white/[0.06]"
    >
      <span
        aria-hidden
        className="grid size-10 shrink-0 place-items-center rounded-full bg-[#25d366]/15 text-[#00785f] dark:text-[#25d366]"
      >
        <Gift className="size-5" />
      </span>
      <div className="min-w-0 text-[13px] leading-[17px]">
        <p className="text-[14.2px] leading-[19px] font-semibold text-wa-text">
          {offer.text ?? t("offer.title")}
        </p>
        {offer.hasExpiration && (
          <p className={cn("flex items-center gap-1", WA_META_ON_TINT)}>
            <Clock aria-hidden className="size-3 shrink-0" />
            {t("offer.endsIn")}
          </p>
        )}
        {offer.code && <p className={WA_META_ON_TINT}>{t("offer.code", { code: offer.code })}</p>}
      </div>
    </div>
  );
}
