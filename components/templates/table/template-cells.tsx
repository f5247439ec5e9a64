"use client";

import {
  FileText,
  FileWarning,
  GalleryHorizontal,
  Image as ImageIcon,
  KeyRound,
  type LucideIcon,
  MapPin,
  Minus,
  Timer,
  Type,
  Video,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { useLanguageName } from "@/components/shell/language-names";
import { Badge } from "@/components/ui/badge";
import { Tooltip } from "@/components/ui/tooltip";
import type { TemplateListItem } from "@/lib/templates/list-contract";
import { ButtonTypeIcon } from "../button-type-icon";
import { CopyButton } from "../copy-button";
import { QualityIndicator } from "../quality-indicator";
import { StatusBadge } from "../status-badge";
import { useEnumLabels } from "../use-enum-labels";
import { useAccountLabel } from "./accounts-context";
import { LastChangeCell } from "./last-change-cell";
import { useOpenTemplate } from "./open-template-context";

const KIND_ICONS: Record<string, LucideIcon> = {
  CAROUSEL: GalleryHorizontal,
  LIMITED_TIME_OFFER: Timer,
  AUTHENTICATION: KeyRound,
};

export function NameCell({ item }: { item: TemplateListItem }) {
  const t = useTranslations("templates");
  const open = useOpenTemplate();
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div className="flex min-w-0 items-center gap-1.5">
        <button
          type="button"
          tabIndex={-1}
          onClick={() => open(item)}
          className="truncate text-start font-medium text-foreground hover:underline"
          title={item.name}
        >
          {item.name}
        </button>
        {item.kinds.map((kind) => {
          const Icon = KIND_ICONS[kind];
          if (!Icon) return null;
          const label = t.has(`kinds.${kind}`) ? t(`kinds.${kind}` as "kinds.CAROUSEL") : kind;
          return (
            <Tooltip key={kind} content={label}>
              <span className="inline-flex text-muted-foreground" role="img" aria-label={label}>
                <Icon aria-hidden className="size-3.5" />
              </span>
            </Tooltip>
          );
        })}
        {item.readIssues && (
          <Tooltip content={t("readIssues.label", { paths: item.readIssues.join(", ") })}>
            <span
              className="inline-flex shrink-0 items-center gap-0.5 rounded bg-warning-soft px-1 text-[11px] text-foreground"
              role="img"
              aria-label={t("readIssues.label", { paths: item.readIssues.join(", ") })}
              data-testid="read-issues-marker"
              data-read-issues={item.readIssues.join(",")}
            >
              <FileWarning aria-hidden className="size-3.5" />
              {t("readIssues.short")}
            </span>
          </Tooltip>
        )}
        {item.otherLanguages > 0 && (
          <Badge tone="neutral" size="sm">
            {t("otherLanguages", { count: item.otherLanguages })}
          </Badge>
        )}
      </div>
      {item.bodyExcerpt && (
        <p className="line-clamp-1 max-w-[30ch] text-xs text-muted-foreground">{item.bodyExcerpt}</p>
      )}
      {/* On phones the other columns are a scroll away: repeat what matters most under the name. */}
      <div className="mt-1 flex items-center gap-2 md:hidden">
        <StatusBadge status={item.status} quality={item.quality} />
        <span className="font-mono text-[11px] text-muted-foreground">{item.language}</span>
      </div>
      <div className="max-w-[40ch] md:hidden">
        <LastChangeCell change={item.lastChange} compact />
      </div>
    </div>
  );
}

export function LanguageCell({ code }: { code: string }) {
  const languageName = useLanguageName();
  return (
    <span className="flex flex-col">
      <span className="whitespace-nowrap">{languageName(code)}</span>
      <span className="font-mono text-[11px] text-muted-foreground">{code}</span>
    </span>
  );
}

export function CategoryCell({ item }: { item: TemplateListItem }) {
  const labels = useEnumLabels();
  return <span className="whitespace-nowrap">{labels.category(item.category)}</span>;
}

export function StatusCell({ item }: { item: TemplateListItem }) {
  return <StatusBadge status={item.status} quality={item.quality} />;
}

export function QualityCell({ item }: { item: TemplateListItem }) {
  return <QualityIndicator quality={item.quality} />;
}

export function RejectedReasonCell({ reason }: { reason: string | null }) {
  const labels = useEnumLabels();
  if (!reason) return <span className="text-muted-foreground">—</span>;
  return <span className="whitespace-nowrap text-danger">{labels.reason(reason)}</span>;
}

const HEADER_ICONS: Record<string, LucideIcon> = {
  TEXT: Type,
  IMAGE: ImageIcon,
  VIDEO: Video,
  GIF: Video,
  DOCUMENT: FileText,
  LOCATION: MapPin,
};

export function HeaderFormatCell({ format }: { format: string | null }) {
  const t = useTranslations("templates.headerFormats");
  const key = format?.toUpperCase() ?? "none";
  const Icon = (format && HEADER_ICONS[key]) || Minus;
  const label = t.has(key) ? t(key as "TEXT") : t("other", { format: format ?? "" });
  return (
    <Tooltip content={label}>
      <span role="img" aria-label={label} className="inline-flex text-muted-foreground">
        <Icon aria-hidden className="size-4" />
      </span>
    </Tooltip>
  );
}

export function ButtonsCell({ item }: { item: TemplateListItem }) {
  const t = useTranslations("templates.buttonsSummary");
  const tp = useTranslations("preview");
  if (item.buttons.length === 0) return <span className="text-muted-foreground">—</span>;
  const typeName = (type: string) =>
    tp.has(`buttonType.${type}`)
      ? tp(`buttonType.${type}` as "buttonType.URL")
      : tp("buttonType.UNKNOWN", { type });
  const label = `${t("count", { count: item.buttons.length })}: ${item.buttons.map(typeName).join(", ")}`;
  return (
    <span
      className="inline-flex items-center gap-1 text-muted-foreground"
      role="img"
      aria-label={label}
      title={label}
    >
      {item.buttons.slice(0, 4).map((type, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: button order is the identity here
        <ButtonTypeIcon key={i} type={type} className="size-3.5" />
      ))}
      {item.buttons.length > 4 && <span className="text-xs">+{item.buttons.length - 4}</span>}
    </span>
  );
}

export function AccountCell({ id }: { id: string }) {
  const label = useAccountLabel(id);
  return (
    <span className="block max-w-[10rem] truncate" title={label}>
      {label}
    </span>
  );
}

export function IdCell({ id }: { id: string }) {
  const t = useTranslations("templates");
  return (
    <span className="inline-flex items-center gap-0.5">
      <span className="font-mono text-xs text-muted-foreground">{id}</span>
      <CopyButton value={id} label={t("copyId", { id })} copiedLabel={t("copied")} />
    </span>
  );
}
