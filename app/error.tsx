"use client";

import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button-classes";

export interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** Rendering failed somewhere below the root layout: say so, offer a retry, never show a stack. */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  const t = useTranslations("common.error");
  return (
    <main className="grid min-h-[70dvh] place-items-center px-6">
      <div role="alert" className="max-w-md text-center">
        <AlertTriangle aria-hidden className="mx-auto mb-4 size-12 text-warning" />
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted-foreground">{t("body")}</p>
        {error.digest && (
          <p className="mt-2 font-mono text-xs text-muted-foreground">
            {t("reference", { digest: error.digest })}
          </p>
        )}
        {/* A plain button: this boundary loads on every page, and Button's Slot is not needed here. */}
        <button type="button" className={`${buttonClasses("default")} mt-6`} onClick={reset}>
          {t("retry")}
        </button>
      </div>
    </main>
  );
}
