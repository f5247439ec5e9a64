"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { DeliveriesResponse, RuleView } from "@/lib/alerts/contracts";
import { fetchJson, postJson } from "@/lib/query/fetch-json";
import { alertKeys } from "./alert-keys";

const TONE: Record<string, Tone> = { pending: "warning", sent: "success", dead: "danger" };

export interface DeliveryLogProps {
  rules: RuleView[];
  canEdit: boolean;
}

/** The outbox as admins need it: what was sent, what is waiting, what failed and why; retry. */
export function DeliveryLog({ rules, canEdit }: DeliveryLogProps) {
  const t = useTranslations("alerts.page.log");
  const format = useFormatter();
  const id = useId();
  const [rule, setRule] = useState("");
  const [status, setStatus] = useState("");
  const client = useQueryClient();
  const params = new URLSearchParams();
  if (rule) params.set("rule", rule);
  if (status) params.set("status", status);
  const log = useQuery({
    queryKey: alertKeys.deliveries(rule, status),
    queryFn: () => fetchJson<DeliveriesResponse>(`/api/alerts/deliveries?${params}`),
    refetchInterval: 5000,
  });
  const retry = useMutation({
    mutationFn: (deliveryId: string) =>
      postJson(`/api/alerts/deliveries/${encodeURIComponent(deliveryId)}/retry`, {}),
    onSettled: () => client.invalidateQueries({ queryKey: ["alerts", "deliveries"] }),
  });
  const names = new Map(rules.map((r) => [r.id, r.name]));
  const when = (ms: number | null) =>
    ms === null ? "—" : format.dateTime(new Date(ms), { dateStyle: "short", timeStyle: "medium" });

  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id={`${id}-title`} className="me-auto text-lg font-semibold">
          {t("title")}
        </h2>
        <label className="grid gap-1 text-xs">
          {t("filterRule")}
          <select
            className="h-8 rounded-md border border-input bg-card px-2 text-sm"
            value={rule}
            onChange={(e) => setRule(e.target.value)}
          >
            <option value="">{t("allRules")}</option>
            {rules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-xs">
          {t("filterStatus")}
          <select
            className="h-8 rounded-md border border-input bg-card px-2 text-sm"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">{t("all")}</option>
            {(["pending", "sent", "dead"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`statusLabel.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {log.data && log.data.deliveries.length === 0 && (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      )}
      {log.data && log.data.deliveries.length > 0 && (
        <ul className="grid gap-2" aria-label={t("title")}>
          {log.data.deliveries.map((d) => (
            <li
              key={d.id}
              data-delivery={d.id}
              className="grid gap-1 rounded-md border border-border bg-card p-3 text-sm sm:grid-cols-[1fr_auto]"
            >
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={TONE[d.status] ?? "neutral"}>{t(`statusLabel.${d.status}`)}</Badge>
                  <span className="font-medium">{names.get(d.ruleId) ?? t("deletedRule")}</span>
                  <span className="text-muted-foreground">
                    · {t(`kind.${d.kind}`)} · {d.title}
                  </span>
                </p>
                <p className="mt-1 text-xs text-muted-foreground">
                  {t("when")} {when(d.createdAt)} · {t("attempts")} {d.attempts}
                  {d.lastHttpStatus !== null && ` · HTTP ${d.lastHttpStatus}`}
                  {d.status === "pending" && d.nextAttemptAt !== null && d.attempts > 0 && (
                    <> · {t("next", { time: when(d.nextAttemptAt) })}</>
                  )}
                </p>
                {d.lastError && (
                  <p className="mt-1 break-words text-xs text-danger">
                    {t("lastError")}: {d.lastCode ? `${d.lastCode} — ` : ""}
                    {d.lastError}
                  </p>
                )}
                <p className="mt-1 break-all font-mono text-[11px] text-muted-foreground">{d.id}</p>
              </div>
              {canEdit && d.kind !== "test" && d.status === "dead" && (
                <Button
                  size="sm"
                  variant="outline"
                  disabled={retry.isPending}
                  onClick={() => retry.mutate(d.id)}
                >
                  {t("retry")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
