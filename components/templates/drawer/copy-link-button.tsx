"use client";

import { Check, Link2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useCopyToClipboard } from "../use-copy-to-clipboard";

/** Copies the page's current URL, which carries `?template=<id>` and the table's filters. */
export function CopyLinkButton() {
  const t = useTranslations("drawer");
  const { copied, copy } = useCopyToClipboard();
  return (
    <Button variant="outline" size="sm" data-testid="copy-link" onClick={() => copy(window.location.href)}>
      {copied ? <Check aria-hidden className="text-success" /> : <Link2 aria-hidden />}
      <span className="hidden sm:inline">{t("copyLink")}</span>
      <span className="sr-only sm:hidden">{t("copyLink")}</span>
      <span aria-live="polite" className="sr-only">
        {copied ? t("linkCopied") : ""}
      </span>
    </Button>
  );
}
