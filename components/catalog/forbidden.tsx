"use client";

import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { StateBlock } from "./state-block";

/** The account in the URL is not one the user may see. */
export function Forbidden() {
  const t = useTranslations("templates.states");
  return (
    <StateBlock
      testId="forbidden"
      icon={<Lock className="size-10" aria-hidden />}
      title={t("forbiddenTitle")}
      body={t("forbiddenBody")}
    />
  );
}
