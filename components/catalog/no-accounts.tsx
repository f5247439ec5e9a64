"use client";

import { Settings2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { StateBlock } from "./state-block";

/** The user may see no account (or none is configured). */
export function NoAccounts() {
  const t = useTranslations("templates.states");
  return (
    <StateBlock
      testId="no-accounts"
      icon={<Settings2 className="size-10" aria-hidden />}
      title={t("noAccountsTitle")}
      body={t("noAccountsBody")}
    />
  );
}
