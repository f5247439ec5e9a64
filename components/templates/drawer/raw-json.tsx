"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { CopyButton } from "@/components/templates/copy-button";
import type { Template } from "@/lib/nxcloud/schemas";
import { prettyJson } from "@/lib/templates/preview/presentation";

/**
 * The template as NxCloud returned it, pretty-printed as text, with a copy button. When the console
 * coerced, normalised or could not fully read it, the upstream object kept in `console_read.raw`
 * is shown instead, so support sees exactly what was sent.
 */
export function RawJson({ template }: { template: Template }) {
  const t = useTranslations("drawer.json");
  const json = useMemo(() => prettyJson(template.console_read?.raw ?? template), [template]);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground">{t("label")}</p>
        <CopyButton value={json} label={t("copy")} copiedLabel={t("copied")} className="border border-border">
          {t("copy")}
        </CopyButton>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a <pre> must stay a <pre>; the role names the scroll region */}
      <pre
        role="region"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable
        tabIndex={0}
        aria-label={t("label")}
        data-testid="raw-json"
        className="overflow-x-auto rounded-md border border-border bg-muted p-3 font-mono text-xs leading-5 whitespace-pre"
      >
        {json}
      </pre>
    </div>
  );
}
