"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Tabs } from "radix-ui";
import { useMemo, useState } from "react";
import { WhatsAppPreview } from "@/components/templates/preview/whatsapp-preview";
import type { TemplateDetail } from "@/lib/templates/detail-contract";
import { type Diagnostic, diagnoseTemplate } from "@/lib/templates/diagnostics";
import { buildPreviewModel, type PreviewModel } from "@/lib/templates/preview/model";
import type { DrawerTab } from "@/lib/templates/url-grammar";
import { cn } from "@/lib/utils/cn";
import { DrawerHeader } from "./drawer-header";
import { RawJson } from "./raw-json";
import { TemplateDetails } from "./template-details";

// The History tab (its query, trackers, diff) loads only when it is opened; `loading` keeps its
// first render from suspending the drawer body's boundary (the whole drawer would show a skeleton).
const HistoryTab = dynamic(() => import("../history/history-tab").then((m) => m.HistoryTab), {
  loading: () => null,
});

export interface DrawerContentProps {
  detail: TemplateDetail;
  /** The tab in the URL (`tab=history`); null: details. */
  tab?: DrawerTab | null;
  onTabChange?: (tab: DrawerTab | null) => void;
  /** Another language is loading; the current one stays visible, dimmed. */
  updating: boolean;
  onNavigate: (id: string) => void;
}

// The details must render even when the preview model or the checks hit data they cannot read:
// the preview has its own error boundary, the details fall back to "no model / no findings".
function safeModel(detail: TemplateDetail): PreviewModel | null {
  try {
    return buildPreviewModel(detail.template);
  } catch {
    return null;
  }
}

function safeDiagnostics(detail: TemplateDetail): Diagnostic[] {
  try {
    return diagnoseTemplate(detail.template);
  } catch {
    return [];
  }
}

const TAB_TRIGGER =
  "relative -mb-px inline-flex h-10 items-center border-b-2 border-transparent px-1 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground data-[state=active]:border-primary data-[state=active]:text-foreground";

/**
 * The loaded drawer: header, then the preview (left on desktop, first on phones) and the
 * Details / Raw JSON tabs.
 */
export function DrawerContent({ detail, updating, onNavigate, tab = null, onTabChange }: DrawerContentProps) {
  const t = useTranslations("drawer");
  const th = useTranslations("templateHistory.tabs");
  // The JSON tab is not in the URL (nothing to share); details and history are.
  const [local, setLocal] = useState<"json" | null>(null);
  const value = local ?? tab ?? "details";
  const model = useMemo(() => safeModel(detail), [detail]);
  const diagnostics = useMemo(() => safeDiagnostics(detail), [detail]);

  return (
    <div
      className="flex min-h-0 flex-1 flex-col"
      data-testid="drawer-content"
      data-template-id={detail.template.id}
    >
      <DrawerHeader detail={detail} />
      {updating && (
        <div aria-hidden className="h-0.5 overflow-hidden bg-muted">
          <div className="h-full w-1/3 animate-[progress_1s_ease-in-out_infinite] bg-primary" />
        </div>
      )}
      <span role="status" className="sr-only">
        {updating ? t("updating") : ""}
      </span>
      <div
        className={cn(
          "min-h-0 flex-1 overflow-y-auto overscroll-contain md:grid md:grid-cols-[minmax(0,380px)_minmax(0,1fr)] md:overflow-hidden lg:grid-cols-[minmax(0,400px)_minmax(0,1fr)]",
          updating && "opacity-60 transition-opacity",
        )}
      >
        <section
          aria-labelledby="drawer-preview-heading"
          data-testid="drawer-preview"
          className="border-border bg-muted/40 p-4 md:overflow-y-auto md:overscroll-contain md:border-e md:p-5"
        >
          <WhatsAppPreview
            template={detail.template}
            businessName={detail.account.label}
            headingId="drawer-preview-heading"
          />
        </section>
        <Tabs.Root
          value={value}
          onValueChange={(next) => {
            if (next === "json") return setLocal("json");
            setLocal(null);
            onTabChange?.(next === "history" ? "history" : null);
          }}
          className="flex min-w-0 flex-col md:overflow-y-auto md:overscroll-contain"
        >
          <Tabs.List
            aria-label={t("tabs.label")}
            className="sticky top-0 z-10 flex gap-5 border-b border-border bg-card px-4 md:px-5"
          >
            <Tabs.Trigger value="details" className={TAB_TRIGGER}>
              {t("tabs.details")}
            </Tabs.Trigger>
            <Tabs.Trigger value="history" className={TAB_TRIGGER} data-testid="tab-history">
              {th("history")}
            </Tabs.Trigger>
            <Tabs.Trigger value="json" className={TAB_TRIGGER} data-testid="tab-json">
              {t("tabs.json")}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="details" className="p-4 focus-visible:outline-offset-[-2px] md:p-5">
            <TemplateDetails
              detail={detail}
              model={model}
              diagnostics={diagnostics}
              onNavigate={onNavigate}
            />
          </Tabs.Content>
          <Tabs.Content value="history" className="p-4 focus-visible:outline-offset-[-2px] md:p-5">
            <HistoryTab
              account={detail.account.id}
              templateId={detail.template.id}
              status={detail.template.status}
              rejectedReason={detail.template.rejected_reason ?? null}
            />
          </Tabs.Content>
          <Tabs.Content value="json" className="p-4 focus-visible:outline-offset-[-2px] md:p-5">
            <RawJson template={detail.template} />
          </Tabs.Content>
        </Tabs.Root>
      </div>
    </div>
  );
}
