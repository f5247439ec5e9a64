"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useLanguageName } from "@/components/shell/language-names";
import { CopyButton } from "@/components/templates/copy-button";
import { QualityIndicator } from "@/components/templates/quality-indicator";
import { StatusBadge } from "@/components/templates/status-badge";
import { useMessage } from "@/components/templates/use-message";
import type { TemplateDetail } from "@/lib/templates/detail-contract";
import type { Diagnostic } from "@/lib/templates/diagnostics";
import type { PreviewModel } from "@/lib/templates/preview/model";
import { qualityDate } from "@/lib/templates/preview/presentation";
import { qualityInfo, statusInfo } from "@/lib/templates/status-info";
import { ButtonDetails } from "./button-details";
import { CategoryDetail } from "./category-detail";
import { DetailRow } from "./detail-row";
import { DiagnosticsList } from "./diagnostics-list";
import { ExtraDetailRows } from "./extra-detail-rows";
import { ReadIssuesCard } from "./read-issues-card";
import { RejectionCard } from "./rejection-card";
import { SiblingLanguages } from "./sibling-languages";
import { VariablesTable } from "./variables-table";
import { YesNo } from "./yes-no";

export interface TemplateDetailsProps {
  detail: TemplateDetail;
  /** Null when the preview model could not be built (the preview shows why). */
  model: PreviewModel | null;
  diagnostics: readonly Diagnostic[];
  onNavigate: (id: string) => void;
}

/** What support staff need: identity, category, status, quality, rejection help, checks, variables. */
export function TemplateDetails({ detail, model, diagnostics, onNavigate }: TemplateDetailsProps) {
  const t = useTranslations("drawer.details");
  const m = useMessage();
  const languageName = useLanguageName();
  const format = useFormatter();
  const { template, account, siblings } = detail;
  const status = statusInfo(template.status);
  const quality = qualityInfo(template.quality_score ?? null);
  const rated = qualityDate(template);
  const copy = t("copied");

  return (
    <div className="flex flex-col gap-6">
      <ReadIssuesCard template={template} />
      <RejectionCard status={template.status} reason={template.rejected_reason} diagnostics={diagnostics} />

      <section aria-labelledby="drawer-facts">
        <h3 id="drawer-facts" className="sr-only">
          {t("template")}
        </h3>
        <dl>
          <DetailRow label={t("name")}>
            <span className="flex items-center gap-1">
              <span className="min-w-0 font-mono text-[13px] break-all">{template.name}</span>
              <CopyButton value={template.name} label={t("copyName")} copiedLabel={copy} />
            </span>
          </DetailRow>
          <DetailRow label={t("id")}>
            <span className="flex items-center gap-1">
              <span className="min-w-0 font-mono text-[13px] break-all" data-testid="template-id">
                {template.id}
              </span>
              <CopyButton value={template.id} label={t("copyId")} copiedLabel={copy} />
            </span>
          </DetailRow>
          <DetailRow label={t("language")} testId="detail-language">
            <span>
              {languageName(template.language)}{" "}
              <code className="font-mono text-xs text-muted-foreground">{template.language}</code>
            </span>
            <SiblingLanguages siblings={siblings} onNavigate={onNavigate} />
          </DetailRow>
          <DetailRow label={t("account")}>
            {account.label}
            {account.maskedPhone && (
              <span className="ms-2 font-mono text-xs text-muted-foreground">{account.maskedPhone}</span>
            )}
          </DetailRow>
          <DetailRow label={t("category")} testId="detail-category">
            <CategoryDetail template={template} />
          </DetailRow>
          {template.sub_category && (
            <DetailRow label={t("subCategory")}>
              <code className="font-mono text-xs">{template.sub_category}</code>
            </DetailRow>
          )}
          <ExtraDetailRows template={template} />
          {model && (
            <DetailRow label={t("parameterFormat")}>
              {t("parameterFormatValue", { format: model.parameterFormat })}
            </DetailRow>
          )}
          <DetailRow label={t("status")} testId="detail-status">
            <span className="flex flex-col items-start gap-1">
              <StatusBadge status={template.status} quality={template.quality_score?.score ?? null} />
              <span className="text-xs leading-relaxed text-muted-foreground">{m(status.meaning)}</span>
            </span>
          </DetailRow>
          <DetailRow label={t("canSend")} testId="detail-can-send">
            <YesNo value={status.canSend} />
          </DetailRow>
          <DetailRow label={t("canEdit")} testId="detail-can-edit">
            <YesNo value={status.canEdit} />
          </DetailRow>
          <DetailRow label={t("quality")} testId="detail-quality">
            <span className="flex flex-col items-start gap-1">
              <QualityIndicator quality={template.quality_score?.score ?? null} />
              <span className="text-xs leading-relaxed text-muted-foreground">
                {template.quality_score ? m(quality.meaning) : t("noQuality")}
              </span>
              {rated && (
                <span className="text-xs text-muted-foreground">
                  {t("qualityDate", { date: format.dateTime(rated, { dateStyle: "medium" }) })}
                </span>
              )}
            </span>
          </DetailRow>
        </dl>
      </section>

      <DiagnosticsList diagnostics={diagnostics} />
      {model && <VariablesTable variables={model.variables} />}
      {model && <ButtonDetails model={model} />}
    </div>
  );
}
