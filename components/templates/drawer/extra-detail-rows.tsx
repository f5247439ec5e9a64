"use client";

import { useTranslations } from "next-intl";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import type { Template } from "@/lib/nxcloud/schemas";
import { DetailRow } from "./detail-row";

/**
 * Fields Meta returns on some accounts only (older namespaces, Template Library, TTL overrides,
 * link tracking): one row each, only where present.
 */
export function ExtraDetailRows({ template }: { template: Template }) {
  const t = useTranslations("drawer.details");
  const labels = useEnumLabels();
  const ttl = template.message_send_ttl_seconds;
  const tracking = template.cta_url_link_tracking_opted_out;
  return (
    <>
      {template.previous_category && (
        <DetailRow label={t("previousCategory")} testId="detail-previous-category">
          {labels.category(template.previous_category)}
        </DetailRow>
      )}
      {template.namespace && (
        <DetailRow label={t("namespace")} testId="detail-namespace">
          <code className="font-mono text-xs break-all">{template.namespace}</code>
        </DetailRow>
      )}
      {template.library_template_name && (
        <DetailRow label={t("libraryTemplate")} testId="detail-library-template">
          <code className="font-mono text-xs break-all">{template.library_template_name}</code>
        </DetailRow>
      )}
      {typeof ttl === "number" && (
        <DetailRow label={t("sendTtl")} testId="detail-send-ttl">
          {t("sendTtlValue", { seconds: ttl })}
        </DetailRow>
      )}
      {typeof tracking === "boolean" && (
        <DetailRow label={t("linkTracking")} testId="detail-link-tracking">
          {tracking ? t("linkTrackingOff") : t("linkTrackingOn")}
        </DetailRow>
      )}
    </>
  );
}
