"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import type { RulesResponse, RuleView, TestResponse } from "@/lib/alerts/contracts";
import { ConsoleApiError, fetchJson, postJson } from "@/lib/query/fetch-json";
import { alertKeys } from "./alert-keys";
import { DeliveryLog } from "./delivery-log";
import { bodyOf, draftOf, emptyDraft, type RuleDraft } from "./rule-draft";
import { RuleEditor } from "./rule-editor";

export interface AlertsViewProps {
  accounts: AccountSummary[];
  canEdit: boolean;
}

type Editing = { mode: "new" } | { mode: "edit"; rule: RuleView } | null;

/** The alerts page: rules (with "Send test"), the editor with its live preview, the delivery log. */
export function AlertsView({ accounts, canEdit }: AlertsViewProps) {
  const t = useTranslations("alerts.page");
  const locale = useLocale() === "en" ? "en" : "zh-CN";
  const client = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [tests, setTests] = useState<Record<string, TestResponse | "sending">>({});
  const rules = useQuery({
    queryKey: alertKeys.rules,
    queryFn: () => fetchJson<RulesResponse>("/api/alerts/rules"),
  });
  const save = useMutation({
    mutationFn: (draft: RuleDraft) =>
      editing?.mode === "edit"
        ? fetchJson(`/api/alerts/rules/${editing.rule.id}`, {
            method: "PATCH",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(bodyOf(draft)),
          })
        : postJson("/api/alerts/rules", bodyOf(draft)),
    onSuccess: () => {
      setEditing(null);
      return client.invalidateQueries({ queryKey: alertKeys.rules });
    },
  });
  const remove = useMutation({
    // 204: no body; the fetch helper reads null and resolves.
    mutationFn: (id: string) => fetchJson(`/api/alerts/rules/${id}`, { method: "DELETE" }),
    onSettled: () => client.invalidateQueries({ queryKey: ["alerts"] }),
  });
  const sendTest = async (id: string) => {
    setTests((prev) => ({ ...prev, [id]: "sending" }));
    try {
      const answer = await postJson<TestResponse>(`/api/alerts/rules/${id}/test`, {});
      setTests((prev) => ({ ...prev, [id]: answer }));
    } catch (error) {
      const detail = error instanceof ConsoleApiError ? error.message : String(error);
      setTests((prev) => ({
        ...prev,
        [id]: { deliveryId: "", ok: false, httpStatus: null, code: null, detail },
      }));
    }
    await client.invalidateQueries({ queryKey: ["alerts", "deliveries"] });
  };
  const saveError = save.error instanceof ConsoleApiError ? save.error : null;
  const list = rules.data?.rules ?? [];

  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        {!canEdit && (
          <p
            className="mt-2 rounded-md border border-border bg-muted px-3 py-2 text-sm"
            data-testid="alerts-read-only"
          >
            {t("readOnly")}
          </p>
        )}
      </header>

      {rules.error && (
        <p role="alert" className="text-sm text-danger">
          {rules.error instanceof ConsoleApiError ? rules.error.message : t("loadFailed")}
        </p>
      )}

      {editing && (
        <RuleEditor
          key={editing.mode === "edit" ? editing.rule.id : "new"}
          initial={editing.mode === "edit" ? draftOf(editing.rule) : emptyDraft(locale)}
          isNew={editing.mode === "new"}
          accounts={accounts}
          saving={save.isPending}
          fieldErrors={(saveError?.body as { fields?: Record<string, string[]> } | undefined)?.fields ?? {}}
          error={saveError ? saveError.message : null}
          onSave={(draft) => save.mutate(draft)}
          onCancel={() => {
            save.reset();
            setEditing(null);
          }}
        />
      )}

      <section aria-labelledby="alerts-rules-title" className="grid gap-3">
        <div className="flex items-center gap-3">
          <h2 id="alerts-rules-title" className="me-auto text-lg font-semibold">
            {t("rules")}
          </h2>
          {canEdit && !editing && <Button onClick={() => setEditing({ mode: "new" })}>{t("newRule")}</Button>}
        </div>
        {rules.data && list.length === 0 && <p className="text-sm text-muted-foreground">{t("noRules")}</p>}
        <ul className="grid gap-2">
          {list.map((r) => {
            const test = tests[r.id];
            return (
              <li
                key={r.id}
                data-rule={r.id}
                className="grid gap-2 rounded-md border border-border bg-card p-3 text-sm"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{r.name}</span>
                  <Badge tone={r.enabled ? "success" : "neutral"}>
                    {r.enabled ? t("enabled") : t("disabled")}
                  </Badge>
                  <Badge tone="info">{t(`channelType.${r.channel.type}`)}</Badge>
                  <span className="text-muted-foreground">
                    {r.mode === "digest"
                      ? t("digest", { time: r.digestAt ?? "", zone: r.timeZone })
                      : t("immediate")}
                  </span>
                </div>
                <p className="text-xs text-muted-foreground">
                  {r.accounts === "*" ? t("allAccounts") : r.accounts.join(", ")} ·{" "}
                  {r.events.map((k) => t(`kind.${k}`)).join(", ")}
                </p>
                <p className="break-all font-mono text-xs text-muted-foreground">
                  {r.channel.type === "email"
                    ? [r.channel.to].flat().join(", ")
                    : `${r.channel.url} · ${r.channel.secretSet ? t("secretSet") : t("noSecret")}`}
                </p>
                {canEdit && (
                  <div className="flex flex-wrap gap-2">
                    <Button
                      size="sm"
                      variant="outline"
                      disabled={test === "sending"}
                      onClick={() => sendTest(r.id)}
                    >
                      {test === "sending" ? t("test.sending") : t("test.send")}
                    </Button>
                    <Button size="sm" variant="outline" onClick={() => setEditing({ mode: "edit", rule: r })}>
                      {t("edit")}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => {
                        if (window.confirm(t("confirmDelete", { name: r.name }))) remove.mutate(r.id);
                      }}
                    >
                      {t("delete")}
                    </Button>
                  </div>
                )}
                {test && test !== "sending" && (
                  <p role="status" className={test.ok ? "text-xs text-success" : "text-xs text-danger"}>
                    {test.ok
                      ? t("test.ok", { status: test.httpStatus === null ? "none" : String(test.httpStatus) })
                      : t("test.failed", { detail: test.detail ?? test.code ?? "" })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <DeliveryLog rules={list} canEdit={canEdit} />
    </div>
  );
}
