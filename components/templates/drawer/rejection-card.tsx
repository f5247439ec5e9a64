"use client";

import { CircleX, Info } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMessage } from "@/components/templates/use-message";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import { likelyCauses, rejectionGuidance } from "@/lib/templates/rejection-guidance";
import { cn } from "@/lib/utils/cn";
import { DiagnosticItem } from "./diagnostic-item";

export interface RejectionCardProps {
  status: string;
  reason: string | null | undefined;
  diagnostics: readonly Diagnostic[];
}

/**
 * For support staff: why Meta rejected the template, what that means, how to fix it, and the
 * automatic findings that likely caused it. Prominent for REJECTED templates; quieter for a reason
 * kept on another status (e.g. in appeal).
 */
export function RejectionCard({ status, reason, diagnostics }: RejectionCardProps) {
  const t = useTranslations("drawer.rejection");
  const m = useMessage();
  const rejected = status.trim().toUpperCase() === "REJECTED";
  const guidance = rejectionGuidance(reason);
  const hasReason = guidance?.isRejection === true;
  if (!rejected && !hasReason) return null;
  const causes = likelyCauses(reason, diagnostics);

  return (
    <section
      aria-labelledby="drawer-rejection"
      data-testid="rejection-card"
      className={cn(
        "rounded-lg border p-4",
        rejected ? "border-danger/40 bg-danger-soft" : "border-info/30 bg-info-soft",
      )}
    >
      <h3
        id="drawer-rejection"
        className={cn(
          "flex items-center gap-2 text-sm font-semibold",
          rejected ? "text-danger" : "text-info",
        )}
      >
        {rejected ? <CircleX aria-hidden className="size-4" /> : <Info aria-hidden className="size-4" />}
        {t(rejected ? "title" : "titleOther")}
      </h3>
      {guidance && hasReason ? (
        <div className="mt-2 flex flex-col gap-3 text-sm leading-relaxed">
          <p>
            <span className="text-base font-semibold" data-testid="rejection-reason">
              {m(guidance.title)}
            </span>{" "}
            <code className="rounded bg-card/70 px-1 py-px font-mono text-xs text-muted-foreground">
              {guidance.reason}
            </code>
          </p>
          <div>
            <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              {t("meaning")}
            </h4>
            <p data-testid="rejection-meaning">{m(guidance.meaning)}</p>
          </div>
          <div>
            <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              {t("fix")}
            </h4>
            <p data-testid="rejection-fix">{m(guidance.fix)}</p>
          </div>
          {guidance.relatedDiagnostics.length === 0 ? (
            <p className="text-xs text-muted-foreground">{t("noCauses")}</p>
          ) : (
            causes.length > 0 && (
              <div>
                <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                  {t("causes")}
                </h4>
                <ul className="mt-1 flex flex-col gap-2" data-testid="rejection-causes">
                  {causes.map((d, i) => (
                    <DiagnosticItem
                      // biome-ignore lint/suspicious/noArrayIndexKey: the same id can occur twice
                      key={`${d.id}-${i}`}
                      diagnostic={d}
                      boxed
                    />
                  ))}
                </ul>
              </div>
            )
          )}
        </div>
      ) : (
        <p className="mt-2 text-sm leading-relaxed">{t("noReason")}</p>
      )}
    </section>
  );
}
