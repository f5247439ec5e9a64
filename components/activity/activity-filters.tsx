"use client";

import { Download, Search, X } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useLanguageName } from "@/components/shell/language-names";
import { useEnumLabels } from "@/components/templates/use-enum-labels";
import { buttonClasses } from "@/components/ui/button-classes";
import { Input } from "@/components/ui/input";
import { ALL_ACCOUNTS } from "@/lib/accounts/account-scope";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { type ActivityState, changesApiQuery } from "@/lib/history/activity-url-grammar";
import { CHANGE_KINDS } from "@/lib/history/change-kinds";
import { SEVERITIES } from "@/lib/history/severity";
import { KNOWN_CATEGORIES } from "@/lib/nxcloud/template-enums";
import { FilterSelect } from "./filter-select";

/** "critical,warning" as one choice: the degradations and rejections, first in the list. */
const SERIOUS = "critical,warning";

export interface ActivityFiltersProps {
  state: ActivityState;
  set: (patch: Partial<ActivityState> | null) => void;
  accounts: readonly AccountSummary[];
  /** Languages to offer (seen in the period, plus the chosen one). */
  languages: readonly string[];
}

/** The feed's filters, all in the URL; one value per select (the URL takes lists, links use them). */
export function ActivityFilters({ state, set, accounts, languages }: ActivityFiltersProps) {
  const t = useTranslations("activity");
  const tAccount = useTranslations("common.account");
  const labels = useEnumLabels();
  const locale = useLocale();
  const languageName = useLanguageName();
  const format = useFormatter();
  const one = (list: readonly string[]) => list.join(",");
  const list = <T extends string>(v: string) => (v ? (v.split(",") as T[]) : []);
  const filtered =
    state.kind.length + state.severity.length + state.category.length + state.language.length > 0 ||
    state.q !== "" ||
    state.from !== null ||
    state.to !== null;
  const exportHref = `/api/changes/export?${changesApiQuery({ ...state, page: 1 }, 500)}`;
  return (
    <section aria-label={t("filters.label")} className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <div className="col-span-2 flex flex-col gap-1 md:col-span-3 lg:col-span-1">
          <label htmlFor="activity-q" className="text-xs font-medium text-muted-foreground">
            {t("filters.search")}
          </label>
          <div className="relative">
            <Search
              aria-hidden
              className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground"
            />
            <Input
              id="activity-q"
              type="search"
              value={state.q}
              maxLength={200}
              onChange={(e) => set({ q: e.target.value, page: 1 })}
              className="pl-8"
            />
          </div>
        </div>
        <FilterSelect
          id="activity-account"
          label={t("filters.account")}
          anyLabel={tAccount("all")}
          value={state.account === ALL_ACCOUNTS ? "" : state.account}
          options={accounts.map((a) => ({ value: a.id, label: a.label }))}
          onChange={(v) => set({ account: v || ALL_ACCOUNTS, page: 1 })}
        />
        <FilterSelect
          id="activity-severity"
          label={t("filters.severity")}
          anyLabel={t("filters.any")}
          value={one(state.severity)}
          options={[
            { value: SERIOUS, label: t("filters.seriousFirst") },
            ...SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) })),
            ...(state.severity.length > 1 && one(state.severity) !== SERIOUS
              ? [
                  {
                    value: one(state.severity),
                    label: state.severity.map((s) => t(`severity.${s}`)).join(" + "),
                  },
                ]
              : []),
          ]}
          onChange={(v) => set({ severity: list(v), page: 1 })}
        />
        <FilterSelect
          id="activity-kind"
          label={t("filters.kind")}
          anyLabel={t("filters.any")}
          value={one(state.kind)}
          options={[
            ...CHANGE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
            ...(state.kind.length > 1
              ? [{ value: one(state.kind), label: state.kind.map((k) => t(`kind.${k}`)).join(" + ") }]
              : []),
          ]}
          onChange={(v) => set({ kind: list(v), page: 1 })}
        />
        <FilterSelect
          id="activity-category"
          label={t("filters.category")}
          anyLabel={t("filters.any")}
          value={one(state.category)}
          options={[...new Set([...KNOWN_CATEGORIES, ...state.category])].map((c) => ({
            value: c,
            label: labels.category(c),
          }))}
          onChange={(v) => set({ category: list(v), page: 1 })}
        />
        <FilterSelect
          id="activity-language"
          label={t("filters.language")}
          anyLabel={t("filters.any")}
          value={one(state.language)}
          options={[...new Set([...languages, ...state.language])]
            .map((l) => ({ value: l, label: languageName(l) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale))}
          onChange={(v) => set({ language: list(v), page: 1 })}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {(state.from !== null || state.to !== null) && (
          <p className="text-sm text-muted-foreground" data-testid="activity-window">
            {t("filters.window", {
              from:
                state.from === null
                  ? "…"
                  : format.dateTime(state.from, { dateStyle: "medium", timeStyle: "short" }),
              to:
                state.to === null
                  ? "…"
                  : format.dateTime(state.to, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
        )}
        <div className="ml-auto flex items-center gap-2">
          {filtered && (
            <button type="button" className={buttonClasses("ghost", "sm")} onClick={() => set(null)}>
              <X aria-hidden />
              {t("filters.clear")}
            </button>
          )}
          <a
            href={exportHref}
            download
            className={buttonClasses("outline", "sm")}
            data-testid="activity-export"
          >
            <Download aria-hidden />
            {t("filters.export")}
          </a>
        </div>
      </div>
    </section>
  );
}
