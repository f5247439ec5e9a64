"use client";

import { useTranslations } from "next-intl";
import type { ApiError } from "@/lib/templates/list-contract";

/**
 * The user-facing sentence for an API error in the UI language: its i18n key when we have one
 * (`errors.<code>`), the server's English message otherwise.
 */
export function useApiErrorMessage() {
  const t = useTranslations("errors");
  return (error: Pick<ApiError, "code" | "message" | "messageKey">): string => {
    const key = (error.messageKey ?? error.code).replace(/^errors\./, "");
    return t.has(key) ? t(key) : error.message;
  };
}
