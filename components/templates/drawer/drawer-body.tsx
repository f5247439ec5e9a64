"use client";

import { useApiErrorMessage } from "@/components/catalog/use-api-error-message";
import { ConsoleApiError } from "@/lib/query/fetch-json";
import { isRetryableDetailError } from "@/lib/query/template-queries";
import type { DrawerTab } from "@/lib/templates/url-grammar";
import { DrawerContent } from "./drawer-content";
import { DrawerError } from "./drawer-error";
import { DrawerSkeleton } from "./drawer-skeleton";
import { useTemplateDetail } from "./use-template-detail";

export interface DrawerBodyProps {
  templateId: string;
  account: string;
  onNavigate: (id: string) => void;
  tab?: DrawerTab | null;
  onTabChange?: (tab: DrawerTab | null) => void;
}

/** Loads the template and shows the skeleton, the error with a retry, or the content. */
export function DrawerBody({ templateId, account, onNavigate, tab, onTabChange }: DrawerBodyProps) {
  const query = useTemplateDetail(account, templateId);
  const errorMessage = useApiErrorMessage();

  if (query.data) {
    return (
      <DrawerContent
        detail={query.data}
        updating={query.isPlaceholderData}
        onNavigate={onNavigate}
        tab={tab}
        onTabChange={onTabChange}
      />
    );
  }
  if (query.isError) {
    const error = query.error;
    return (
      <DrawerError
        message={error instanceof ConsoleApiError ? errorMessage(error.body) : String(error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <DrawerSkeleton waitingForCatalog={isRetryableDetailError(query.failureReason)} />;
}
