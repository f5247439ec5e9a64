"use client";

import { useMessage } from "@/components/templates/use-message";
import { type Diagnostic, diagnosticMessageKey } from "@/lib/templates/diagnostics";
import { diagnosticPlace } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";
import { SeverityIcon } from "./severity-icon";

export interface DiagnosticItemProps {
  diagnostic: Diagnostic;
  className?: string;
}

/** One finding as a list item: its severity, where it is ("Buttons · Button 2") and what to do. */
export function DiagnosticItem({ diagnostic, className }: DiagnosticItemProps) {
  const m = useMessage();
  return (
    <li className={cn("flex gap-2.5", className)}>
      <SeverityIcon severity={diagnostic.severity} className="mt-1" />
      <div className="min-w-0" data-diagnostic={diagnostic.id}>
        <span className="mb-0.5 flex flex-wrap gap-1">
          {diagnosticPlace(diagnostic).map((ref) => (
            <span
              key={ref.key}
              className="rounded bg-muted px-1.5 py-px text-[11px] leading-4 font-medium text-muted-foreground"
            >
              {m(ref)}
            </span>
          ))}
        </span>
        <span className="block text-sm leading-relaxed">
          {m({ key: diagnosticMessageKey(diagnostic), params: diagnostic.params })}
        </span>
      </div>
    </li>
  );
}
