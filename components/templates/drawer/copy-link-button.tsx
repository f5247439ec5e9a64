"use client";

import { Check, Link2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies the page's current URL, which carries `?template=<id>` and the table's filters. */
export function CopyLinkButton() {
  const t = useTranslations("drawer");
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      variant="outline"
      size="sm"
      data-testid="copy-link"
      onClick={() => {
        void navigator.clipboard?.writeText(window.location.href).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? <Check aria-hidden className="text-success" /> : <Link2 aria-hidden />}
      <span className="hidden sm:inline">{t("copyLink")}</span>
      <span className="sr-only sm:hidden">{t("copyLink")}</span>
      <span aria-live="polite" className="sr-only">
        {copied ? t("linkCopied") : ""}
      </span>
    </Button>
  );
}
