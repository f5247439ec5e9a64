"use client";

import { AlertOctagon, Inbox, Lock, SearchX, Settings2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { Button } from "@/components/ui/button";

interface StateBlockProps {
  icon: React.ReactNode;
  title: string;
  body: React.ReactNode;
  action?: React.ReactNode;
  tone?: "default" | "danger";
  testId: string;
}

function StateBlock({ icon, title, body, action, tone = "default", testId }: StateBlockProps) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      data-testid={testId}
      className="flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed border-border bg-card px-6 py-14 text-center"
    >
      <span className={tone === "danger" ? "text-danger" : "text-muted-foreground"}>{icon}</span>
      <h2 className="text-base font-semibold">{title}</h2>
      <div className="max-w-md text-sm text-muted-foreground">{body}</div>
      {action}
    </div>
  );
}

export function EmptyResult({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
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

export function LoadError({
  message,
  onRetry,
  retrying,
}: {
  message: string;
  onRetry: () => void;
  retrying: boolean;
}) {
  const t = useTranslations("templates.states");
  const tc = useTranslations("common.actions");
  return (
    <StateBlock
      testId="load-error"
      tone="danger"
      icon={<AlertOctagon className="size-10" aria-hidden />}
      title={t("errorTitle")}
      body={message}
      action={
        <Button onClick={onRetry} disabled={retrying}>
          {tc("retry")}
        </Button>
      }
    />
  );
}

export function NoAccounts() {
  const t = useTranslations("templates.states");
  return (
    <StateBlock
      testId="no-accounts"
      icon={<Settings2 className="size-10" aria-hidden />}
      title={t("noAccountsTitle")}
      body={t("noAccountsBody")}
    />
  );
}

export function Forbidden() {
  const t = useTranslations("templates.states");
  return (
    <StateBlock
      testId="forbidden"
      icon={<Lock className="size-10" aria-hidden />}
      title={t("forbiddenTitle")}
      body={t("forbiddenBody")}
    />
  );
}
