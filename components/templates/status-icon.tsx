import {
  AlertTriangle,
  Archive,
  Ban,
  CheckCircle2,
  CircleHelp,
  Clock,
  Flag,
  Lock,
  type LucideIcon,
  PauseCircle,
  RotateCcw,
  Scale,
  Trash2,
  XCircle,
} from "lucide-react";

// The icon names lib/templates/status-info.ts hands out, as components (tree-shaken, no dynamic lookup).
const ICONS: Record<string, LucideIcon> = {
  CheckCircle2,
  Clock,
  XCircle,
  PauseCircle,
  Ban,
  Scale,
  Archive,
  AlertTriangle,
  Trash2,
  Flag,
  Lock,
  RotateCcw,
};

export function StatusIcon({ name, className }: { name: string; className?: string }) {
  const Icon = ICONS[name] ?? CircleHelp;
  return <Icon aria-hidden className={className} />;
}
