"use client";

import { AlertOctagon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StateBlock } from "./state-block";

export interface LoadErrorProps {
  /** What could not be loaded; "Templates could not be loaded" by default. */
  title?: string;
  message: string;
  onRetry: () => void;
  retrying: boolean;
}

/** Nothing could be loaded: the error in words and a retry. */
export function LoadError({ title, message, onRetry, retrying }: LoadErrorProps) {
  const t = useTranslations("templates.states");
  const tc = useTranslations("common.actions");
  return (
    <StateBlock
      testId="load-error"
      tone="danger"
      icon={<AlertOctagon className="size-10" aria-hidden />}
      title={title ?? t("errorTitle")}
      body={message}
      action={
        <Button onClick={onRetry} disabled={retrying}>
          {tc("retry")}
        </Button>
      }
    />
  );
}
