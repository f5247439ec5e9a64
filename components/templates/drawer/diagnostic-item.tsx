"use client";

import { useMessage } from "@/components/templates/use-message";
import { type Diagnostic, diagnosticMessageKey } from "@/lib/templates/diagnostics";
import { diagnosticPlace } from "@/lib/templates/preview/presentation";
import { cn } from "@/lib/utils/cn";
import { SeverityIcon } from "./severity-icon";

export interface DiagnosticItemProps {
  diagnostic: Diagnostic;
  /** On a tinted card (the rejection's causes): a light box of its own, a little tighter. */
  boxed?: boolean;
}

/** One finding as a list item: its severity, where it is ("Buttons · Button 2") and what to do. */
export function DiagnosticItem({ diagnostic, boxed = false }: DiagnosticItemProps) {
  const m = useMessage();
  return (
    <li className={cn("flex", boxed ? "gap-2 rounded-md bg-card/70 px-2.5 py-2" : "gap-2.5 px-3 py-2")}>
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
