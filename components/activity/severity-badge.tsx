import { CircleAlert, CircleX, Info } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Severity } from "@/lib/history/severity";

const LOOK = {
  critical: { tone: "danger", icon: CircleX },
  warning: { tone: "warning", icon: CircleAlert },
  info: { tone: "neutral", icon: Info },
} as const;

/** Critical / Warning / Info, with an icon so the colour is never the only cue. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useTranslations("activity.severity");
  const { tone, icon: Icon } = LOOK[severity];
  return (
    <Badge tone={tone} data-severity={severity}>
      <Icon aria-hidden />
      {t(severity)}
    </Badge>
  );
}
