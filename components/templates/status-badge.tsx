"use client";

import {
  Archive,
  Ban,
  CheckCircle2,
  CircleDashed,
  CircleHelp,
  Clock,
  type LucideIcon,
  PauseCircle,
  Scale,
  Trash2,
  TriangleAlert,
  XCircle,
} from "lucide-react";
import { Badge, type Tone } from "@/components/ui/badge";
import { useEnumLabels } from "./use-enum-labels";

const LOOK: Record<string, { tone: Tone; icon: LucideIcon }> = {
  APPROVED: { tone: "success", icon: CheckCircle2 },
  PENDING: { tone: "info", icon: Clock },
  IN_APPEAL: { tone: "info", icon: Scale },
  REJECTED: { tone: "danger", icon: XCircle },
  PAUSED: { tone: "warning", icon: PauseCircle },
  FLAGGED: { tone: "warning", icon: TriangleAlert },
  DISABLED: { tone: "danger", icon: Ban },
  LIMIT_EXCEEDED: { tone: "warning", icon: TriangleAlert },
  ARCHIVED: { tone: "neutral", icon: Archive },
  PENDING_DELETION: { tone: "neutral", icon: Trash2 },
  DELETED: { tone: "neutral", icon: Trash2 },
  LOCKED: { tone: "neutral", icon: CircleDashed },
  REINSTATED: { tone: "success", icon: CheckCircle2 },
};

export interface StatusBadgeProps {
  status: string;
  quality: string | null;
}

/**
 * Status in the words users know from WhatsApp Manager: an approved template reads
 * "Active – high quality" etc.; everything else its status. Icon + colour + text, never colour alone.
 */
export function StatusBadge({ status, quality }: StatusBadgeProps) {
  const labels = useEnumLabels();
  const look = LOOK[status] ?? { tone: "neutral" as const, icon: CircleHelp };
  const Icon = look.icon;
  const activeKey =
    status === "APPROVED" ? `managerLabel.${quality && quality !== "UNKNOWN" ? quality : "UNKNOWN"}` : null;
  const label = (activeKey && labels.managerLabel(activeKey)) || labels.status(status);
  return (
    <Badge tone={look.tone} data-status={status}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}
