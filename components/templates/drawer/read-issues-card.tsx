"use client";

import { FileWarning } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Template } from "@/lib/nxcloud/schemas";

/**
 * Shown when NxCloud sent a template this console could not fully read: which fields (paths) and
 * why. The rest of the drawer shows what could be read; the Raw JSON tab shows what was sent.
 */
export function ReadIssuesCard({ template }: { template: Template }) {
  const t = useTranslations("drawer.readIssues");
  const issues = template.console_read?.issues ?? [];
  if (issues.length === 0) return null;
  return (
    <section
      aria-labelledby="drawer-read-issues"
      data-testid="read-issues"
      className="flex gap-3 rounded-lg border border-warning/30 bg-warning-soft px-4 py-3 text-sm"
    >
      <FileWarning aria-hidden className="mt-0.5 size-5 shrink-0 text-warning" />
      <div className="min-w-0 flex-1">
        <h3 id="drawer-read-issues" className="font-medium text-foreground">
          {t("title")}
        </h3>
        <p className="mt-1 text-foreground/80">{t("body", { count: issues.length })}</p>
        <ul className="mt-2 flex flex-col gap-1">
          {issues.map((issue) => (
            <li key={issue.path} className="flex flex-wrap items-baseline gap-2" data-testid="read-issue">
              <code className="font-mono text-xs break-all">{issue.path}</code>
              <span className="text-xs text-muted-foreground">{t(issue.problem)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
