"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/lib/utils/cn";
import type { EmailMessage } from "@/server/alerts/channels/email";

export interface EmailPreviewProps {
  message: EmailMessage;
  from: string;
  to: string | string[];
}

/**
 * An alert email: headers, then the HTML part in a sandboxed frame (no scripts, no same-origin —
 * the same isolation a webmail gives it; the HTML was escaped when built) or the plain-text part.
 */
export function EmailPreview({ message, from, to }: EmailPreviewProps) {
  const t = useTranslations("alerts.preview");
  const [part, setPart] = useState<"html" | "text">("html");
  const tab = (value: "html" | "text", label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={part === value}
      onClick={() => setPart(value)}
      className={cn(
        "rounded px-2 py-0.5 text-xs",
        part === value ? "bg-foreground/10 font-semibold" : "text-muted-foreground hover:bg-foreground/5",
      )}
    >
      {label}
    </button>
  );
  return (
    <figure
      aria-label={t("email")}
      className="overflow-hidden rounded-lg border border-border bg-background text-sm"
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 border-b border-border px-3 py-2">
        <dt className="text-muted-foreground">{t("subject")}</dt>
        <dd className="font-semibold">{message.subject}</dd>
        <dt className="text-muted-foreground">{t("from")}</dt>
        <dd>{from}</dd>
        <dt className="text-muted-foreground">{t("to")}</dt>
        <dd>{Array.isArray(to) ? to.join(", ") : to}</dd>
      </dl>
      <div role="tablist" className="flex gap-1 px-3 pt-2">
        {tab("html", t("htmlPart"))}
        {tab("text", t("textPart"))}
      </div>
      {part === "html" ? (
        // Mail is drawn on white like most mail clients, whatever the console's theme.
        <iframe
          title={t("emailFrame")}
          sandbox=""
          srcDoc={message.html}
          className="m-3 h-96 w-[calc(100%-1.5rem)] rounded border border-border bg-white"
        />
      ) : (
        <pre className="m-3 whitespace-pre-wrap break-words font-sans">{message.text}</pre>
      )}
    </figure>
  );
}
