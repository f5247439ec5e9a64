"use client";

import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { groupDiagnostics } from "@/lib/templates/preview/presentation";
import { DiagnosticItem } from "./diagnostic-item";
import { SeverityIcon } from "./severity-icon";

/** Every automatic check finding, grouped by severity (errors first), or "no problems found". */
export function DiagnosticsList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const t = useTranslations("diagnostics");
  const groups = groupDiagnostics(diagnostics);
  const count = (s: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === s).length;
  return (
    <section aria-labelledby="drawer-diagnostics" data-testid="diagnostics">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="drawer-diagnostics" className="text-sm font-semibold">
          {t("title")}
        </h3>
        {diagnostics.length > 0 && (
          <span className="text-xs text-muted-foreground">
            {t("summary", { errors: count("error"), warnings: count("warning") })}
          </span>
        )}
      </div>
      {groups.length === 0 ? (
        <p className="mt-2 flex items-center gap-2 text-sm text-success" data-testid="diagnostics-none">
          <CircleCheck aria-hidden className="size-4" />
          {t("none")}
        </p>
      ) : (
        <div className="mt-2 flex flex-col gap-3">
          {groups.map((group) => (
            <div key={group.severity} data-severity={group.severity}>
              <h4 className="mb-1 flex items-center gap-1.5 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                <SeverityIcon severity={group.severity} />
                {t(`severity.${group.severity}`)} · {group.items.length}
              </h4>
              <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
                {group.items.map((d, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same id can occur twice
                  <DiagnosticItem key={`${d.id}-${i}`} diagnostic={d} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
