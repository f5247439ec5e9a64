"use client";

import { Badge } from "@/components/ui/badge";
import { statusInfo } from "@/lib/templates/status-info";
import { StatusIcon } from "./status-icon";
import { useEnumLabels } from "./use-enum-labels";

export interface StatusBadgeProps {
  status: string;
  quality: string | null;
}

/**
 * Status in the words users know from WhatsApp Manager ("Active – high quality", "In review", …).
 * Icon + colour + text, never colour alone.
 */
export function StatusBadge({ status, quality }: StatusBadgeProps) {
  const labels = useEnumLabels();
  const info = statusInfo(status);
  return (
    <Badge tone={info.tone} data-status={status}>
      <StatusIcon name={info.icon} />
      {labels.manager(status, quality)}
    </Badge>
  );
}
