import { CircleX, Info, TriangleAlert } from "lucide-react";
import type { DiagnosticSeverity } from "@/lib/templates/diagnostics";
import { cn } from "@/lib/utils/cn";

const ICONS = { error: CircleX, warning: TriangleAlert, info: Info } as const;
const COLORS = { error: "text-danger", warning: "text-warning", info: "text-info" } as const;

export function SeverityIcon({ severity, className }: { severity: DiagnosticSeverity; className?: string }) {
  const Icon = ICONS[severity] ?? Info;
  return <Icon aria-hidden className={cn("size-4 shrink-0", COLORS[severity], className)} />;
}
