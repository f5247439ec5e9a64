"use client";

import { Inbox, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { StateBlock } from "@/components/catalog/state-block";
import { Button } from "@/components/ui/button";

export interface EmptyResultProps {
  filtered: boolean;
  onClear: () => void;
}

/** No rows: an empty catalog, or filters that match nothing (with a way to clear them). */
export function EmptyResult({ filtered, onClear }: EmptyResultProps) {
  const t = useTranslations("templates.states");
  if (!filtered)
    return (
      <StateBlock
        testId="empty-catalog"
        icon={<Inbox className="size-10" aria-hidden />}
        title={t("noTemplatesTitle")}
        body={t("noTemplatesBody")}
      />
    );
  return (
    <StateBlock
      testId="empty-result"
      icon={<SearchX className="size-10" aria-hidden />}
      title={t("emptyTitle")}
      body={t("emptyBody")}
      action={
        <Button variant="outline" onClick={onClear}>
          {t("clearFilters")}
        </Button>
      }
    />
  );
}
