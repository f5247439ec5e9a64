"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useDeferredValue, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { CHANNEL_TYPES, SEVERITIES } from "@/lib/alerts/rule-vocabulary";
import { ConsoleApiError, postJson } from "@/lib/query/fetch-json";
import type { BuiltMessage } from "@/server/alerts/deliver";
import { alertKeys } from "./alert-keys";
import { MessagePreview } from "./message-preview";
import { EVENT_CHOICES, previewBodyOf, type RuleDraft } from "./rule-draft";

export interface RuleEditorProps {
  initial: RuleDraft;
  isNew: boolean;
  accounts: AccountSummary[];
  saving: boolean;
  /** Field → messages from a 400 answer. */
  fieldErrors: Record<string, string[]>;
  error: string | null;
  onSave(draft: RuleDraft): void;
  onCancel(): void;
}

const TIME_ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Europe/London",
  "UTC",
  "America/New_York",
];

/** The rule form, with the message as it will look in the chosen app next to it. */
export function RuleEditor({
  initial,
  isNew,
  accounts,
  saving,
  fieldErrors,
  error,
  onSave,
  onCancel,
}: RuleEditorProps) {
  const t = useTranslations("alerts.page");
  const tEditor = useTranslations("alerts.page.editor");
  const [d, setD] = useState<RuleDraft>(initial);
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) =>
    setD((prev) => ({ ...prev, [key]: value }));
  const id = useId();
  const previewBody = useDeferredValue(previewBodyOf(d));
  const preview = useQuery({
    queryKey: alertKeys.preview(previewBody),
    queryFn: () => postJson<{ message: BuiltMessage }>("/api/alerts/preview", previewBody),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const err = (field: string) => {
    const list = Object.entries(fieldErrors)
      .filter(([k]) => k === field || k.startsWith(`${field}.`) || k.startsWith(`${field}[`))
      .flatMap(([, v]) => v);
    return list.length ? (
      <p className="mt-1 text-xs text-danger" id={`${id}-${field}-error`}>
        {list.join(" · ")}
      </p>
    ) : null;
  };
  const label = "mb-1 block text-sm font-medium";
  const webhookType = d.channelType !== "email";
  const signed = d.channelType === "dingtalk" || d.channelType === "feishu" || d.channelType === "webhook";

  return (
    <form
      className="grid gap-6 rounded-lg border border-border bg-card p-4 lg:grid-cols-2"
      aria-label={isNew ? tEditor("titleNew") : tEditor("titleEdit")}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(d);
      }}
    >
      <div className="grid content-start gap-4">
        <h2 className="text-lg font-semibold">{isNew ? tEditor("titleNew") : tEditor("titleEdit")}</h2>
        <div>
          <label className={label} htmlFor={`${id}-name`}>
            {tEditor("name")}
          </label>
          <Input
            id={`${id}-name`}
            value={d.name}
            maxLength={100}
            onChange={(e) => set("name", e.target.value)}
          />
          {err("name")}
        </div>
        <fieldset>
          <legend className={label}>{tEditor("accounts")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={d.allAccounts}
              onChange={(e) => set("allAccounts", e.target.checked)}
            />
            {tEditor("allAccounts")}
          </label>
          {!d.allAccounts && (
            <div className="mt-2 flex flex-wrap gap-3">
              {accounts.map((a) => (
                <label key={a.id} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    checked={d.accounts.includes(a.id)}
                    onChange={(e) =>
                      set(
                        "accounts",
                        e.target.checked ? [...d.accounts, a.id] : d.accounts.filter((x) => x !== a.id),
                      )
                    }
                  />
                  {a.label}
                </label>
              ))}
            </div>
          )}
          {err("accounts")}
        </fieldset>
        <fieldset>
          <legend className={label}>{tEditor("events")}</legend>
          <div className="grid grid-cols-1 gap-1.5 sm:grid-cols-2">
            {EVENT_CHOICES.map((k) => (
              <label key={k} className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={d.events.includes(k)}
                  onChange={(e) =>
                    set("events", e.target.checked ? [...d.events, k] : d.events.filter((x) => x !== k))
                  }
                />
                {t(`kind.${k}`)}
              </label>
            ))}
          </div>
          {err("events")}
        </fieldset>
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className={label}>{tEditor("filters")}</legend>
          <div>
            <label className="mb-1 block text-xs" htmlFor={`${id}-category`}>
              {tEditor("category")}
            </label>
            <Input
              id={`${id}-category`}
              placeholder={tEditor("categoryHint")}
              value={d.category}
              onChange={(e) => set("category", e.target.value)}
            />
          </div>
          <div>
            <label className="mb-1 block text-xs" htmlFor={`${id}-language`}>
              {tEditor("language")}
            </label>
            <Input
              id={`${id}-language`}
              placeholder={tEditor("languageHint")}
              value={d.language}
              onChange={(e) => set("language", e.target.value)}
            />
          </div>
          <div>
            <label className="mb-1 block text-xs" htmlFor={`${id}-nameContains`}>
              {tEditor("nameContains")}
            </label>
            <Input
              id={`${id}-nameContains`}
              value={d.nameContains}
              onChange={(e) => set("nameContains", e.target.value)}
            />
          </div>
          <div>
            <label className="mb-1 block text-xs" htmlFor={`${id}-severity`}>
              {tEditor("minSeverity")}
            </label>
            <select
              id={`${id}-severity`}
              className="h-9 w-full rounded-md border border-input bg-card px-2 text-sm"
              value={d.minSeverity}
              onChange={(e) => set("minSeverity", e.target.value as RuleDraft["minSeverity"])}
            >
              <option value="">{tEditor("anySeverity")}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`severity.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {err("filters")}
        </fieldset>
        <fieldset className="grid gap-3">
          <legend className={label}>{tEditor("channel")}</legend>
          <div>
            <label className="mb-1 block text-xs" htmlFor={`${id}-type`}>
              {tEditor("channelType")}
            </label>
            <select
              id={`${id}-type`}
              className="h-9 w-full rounded-md border border-input bg-card px-2 text-sm"
              value={d.channelType}
              onChange={(e) => set("channelType", e.target.value as RuleDraft["channelType"])}
            >
              {CHANNEL_TYPES.map((c) => (
                <option key={c} value={c}>
                  {t(`channelType.${c}`)}
                </option>
              ))}
            </select>
          </div>
          {webhookType ? (
            <div>
              <label className="mb-1 block text-xs" htmlFor={`${id}-url`}>
                {tEditor("url")}
              </label>
              <Input
                id={`${id}-url`}
                type="url"
                autoComplete="off"
                value={d.url}
                onChange={(e) => set("url", e.target.value)}
              />
              {!isNew && <p className="mt-1 text-xs text-muted-foreground">{tEditor("urlKept")}</p>}
              {err("channel.url")}
            </div>
          ) : (
            <div>
              <label className="mb-1 block text-xs" htmlFor={`${id}-to`}>
                {tEditor("to")}
              </label>
              <Input
                id={`${id}-to`}
                placeholder={tEditor("toHint")}
                value={d.to}
                onChange={(e) => set("to", e.target.value)}
              />
              {err("channel.to")}
            </div>
          )}
          {signed && (
            <div>
              <label className="mb-1 block text-xs" htmlFor={`${id}-secret`}>
                {tEditor("secret")}
              </label>
              <Input
                id={`${id}-secret`}
                type="password"
                autoComplete="new-password"
                placeholder={d.secretSet ? tEditor("secretKeep") : tEditor("secretNone")}
                value={d.secret}
                onChange={(e) => set("secret", e.target.value)}
              />
              {d.secretSet && (
                <label className="mt-1 flex items-center gap-1.5 text-xs">
                  <input
                    type="checkbox"
                    checked={d.clearSecret}
                    onChange={(e) => set("clearSecret", e.target.checked)}
                  />
                  {tEditor("clearSecret")}
                </label>
              )}
              {err("channel.secret")}
            </div>
          )}
          {err("channel")}
        </fieldset>
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className={label}>{tEditor("mode")}</legend>
          <div className="flex flex-wrap gap-4 sm:col-span-2">
            {(["immediate", "digest"] as const).map((m) => (
              <label key={m} className="flex items-center gap-1.5 text-sm">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={d.mode === m}
                  onChange={() => set("mode", m)}
                />
                {m === "immediate" ? tEditor("modeImmediate") : tEditor("modeDigest")}
              </label>
            ))}
          </div>
          {d.mode === "digest" && (
            <div>
              <label className="mb-1 block text-xs" htmlFor={`${id}-digestAt`}>
                {tEditor("digestAt")}
              </label>
              <Input
                id={`${id}-digestAt`}
                type="time"
                value={d.digestAt}
                onChange={(e) => set("digestAt", e.target.value)}
              />
              {err("digestAt")}
            </div>
          )}
          <div>
            <label className="mb-1 block text-xs" htmlFor={`${id}-tz`}>
              {tEditor("timeZone")}
            </label>
            <select
              id={`${id}-tz`}
              className="h-9 w-full rounded-md border border-input bg-card px-2 text-sm"
              value={d.timeZone}
              onChange={(e) => set("timeZone", e.target.value)}
            >
              {[...new Set([d.timeZone, ...TIME_ZONES])].map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="mb-1 block text-xs" htmlFor={`${id}-locale`}>
              {tEditor("locale")}
            </label>
            <select
              id={`${id}-locale`}
              className="h-9 w-full rounded-md border border-input bg-card px-2 text-sm"
              value={d.locale}
              onChange={(e) => set("locale", e.target.value as RuleDraft["locale"])}
            >
              <option value="zh-CN">简体中文</option>
              <option value="en">English</option>
            </select>
          </div>
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={d.enabled} onChange={(e) => set("enabled", e.target.checked)} />
          {tEditor("enabledLabel")}
        </label>
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" disabled={saving}>
            {saving ? tEditor("saving") : tEditor("save")}
          </Button>
          <Button type="button" variant="outline" onClick={onCancel}>
            {tEditor("cancel")}
          </Button>
        </div>
      </div>
      <section aria-label={tEditor("preview")} className="min-w-0">
        <h3 className="mb-1 text-sm font-semibold">{tEditor("preview")}</h3>
        <p className="mb-3 text-xs text-muted-foreground">
          {tEditor("previewHint", { app: t(`channelType.${d.channelType}`) })}
        </p>
        {preview.data ? (
          <MessagePreview message={preview.data.message} to={d.to || "ops@example.com"} />
        ) : preview.error ? (
          <p className="text-sm text-danger">
            {preview.error instanceof ConsoleApiError ? preview.error.message : tEditor("previewFailed")}
          </p>
        ) : null}
      </section>
    </form>
  );
}
