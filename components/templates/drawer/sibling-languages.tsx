"use client";

import { useTranslations } from "next-intl";
import { useLanguageName } from "@/components/shell/language-names";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { Button } from "@/components/ui/button";
import type { TemplateDetail } from "@/lib/templates/detail-contract";

export interface SiblingLanguagesProps {
  siblings: TemplateDetail["siblings"];
  onNavigate: (id: string) => void;
}

/** The same template in its other languages; each opens in this drawer. */
export function SiblingLanguages({ siblings, onNavigate }: SiblingLanguagesProps) {
  const t = useTranslations("drawer.details");
  const languageName = useLanguageName();
  const labels = useEnumLabels();
  if (siblings.length === 0) return null;
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-1.5" data-testid="sibling-languages">
      <span className="text-xs text-muted-foreground">{t("otherLanguages")}</span>
      {siblings.map((s) => {
        const language = languageName(s.language);
        return (
          <Button
            key={s.id}
            variant="outline"
            size="pill"
            data-sibling-id={s.id}
            title={t("openLanguage", { language, status: labels.status(s.status) })}
            onClick={() => onNavigate(s.id)}
          >
            {language}
          </Button>
        );
      })}
    </div>
  );
}
