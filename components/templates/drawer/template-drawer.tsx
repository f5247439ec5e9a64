"use client";

import { X } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import type { DrawerTab } from "@/lib/templates/url-grammar";
import { DrawerSkeleton } from "./drawer-skeleton";

// The drawer's body (preview model, diagnostics, details) is only needed once a template is open:
// loaded on demand so the table page's first load stays small.
const DrawerBody = dynamic(() => import("./drawer-body").then((m) => m.DrawerBody), {
  loading: () => <DrawerSkeleton waitingForCatalog={false} />,
});

/** Fetches and evaluates the body's code ahead of the first open (see the templates view). */
export const preloadDrawerBody = () => import("./drawer-body");

export interface TemplateDrawerProps {
  templateId: string | null;
  account: string;
  onClose: () => void;
  /** Open another template (a sibling language) in the same drawer. */
  onNavigate: (id: string) => void;
  /** The tab in the URL (`tab=history` opens the History tab). */
  tab?: DrawerTab | null;
  onTabChange?: (tab: DrawerTab | null) => void;
}

/**
 * The template detail drawer, driven by `?template=<id>`: a right-hand sheet on desktop (preview
 * beside the details), a bottom sheet on phones (preview first). A modal Radix dialog: focus is
 * trapped inside, Esc / the overlay / the close button close it, and the view puts focus back on
 * the row it was opened from.
 */
export function TemplateDrawer({
  templateId,
  account,
  onClose,
  onNavigate,
  tab,
  onTabChange,
}: TemplateDrawerProps) {
  const t = useTranslations("drawer");
  const contentRef = useRef<HTMLDivElement>(null);
  const open = templateId !== null;
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay
          data-testid="drawer-overlay"
          className="fixed inset-0 z-40 bg-black/40 transition-opacity duration-200 starting:opacity-0 motion-reduce:transition-none"
        />
        <Dialog.Content
          ref={contentRef}
          data-testid="template-drawer"
          aria-modal="true"
          // The view restores focus to the table row itself (the dialog has no trigger to return to).
          onCloseAutoFocus={(event) => event.preventDefault()}
          // Focus the sheet itself (not its first button): screen readers announce the dialog by
          // its title and Tab starts at the top, without a focus ring flashing on "Close".
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            contentRef.current?.focus();
          }}
          className="fixed inset-x-0 bottom-0 z-50 flex h-[92dvh] flex-col overflow-hidden rounded-t-2xl border-t border-border bg-card text-card-foreground shadow-2xl outline-none transition-transform duration-200 ease-out starting:translate-y-full motion-reduce:transition-none md:inset-y-0 md:right-0 md:left-auto md:h-dvh md:w-[min(920px,100vw)] md:rounded-none md:border-t-0 md:border-s md:starting:translate-x-full md:starting:translate-y-0"
        >
          <div aria-hidden className="mx-auto mt-2 h-1 w-10 shrink-0 rounded-full bg-border md:hidden" />
          {/* One close button for every state, so focus never sits on something that unmounts. */}
          <Dialog.Close asChild>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={t("close")}
              data-testid="drawer-close"
              className="absolute end-3 top-5 z-20 md:end-4 md:top-4"
            >
              <X aria-hidden />
            </Button>
          </Dialog.Close>
          {templateId !== null && (
            <DrawerBody
              templateId={templateId}
              account={account}
              onNavigate={onNavigate}
              tab={tab}
              onTabChange={onTabChange}
            />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
