"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useLanguageName } from "@/components/shell/language-names";
import { Button } from "@/components/ui/button";
import type { CoverageAccount } from "@/lib/templates/overview-contract";
import { tableHref, templateHref } from "@/lib/templates/overview-links";
import type { OverviewLabels } from "./use-overview-labels";

export interface CoverageAccountBlockProps {
  coverage: CoverageAccount;
  /** Shown as a heading when the overview covers several accounts. */
  accountLabel: string | null;
  labels: OverviewLabels;
}

const INITIAL = 8;

/**
 * One account's language coverage: its languages (with how many names are approved in each and
 * how many lack it), then the names with gaps, closest to complete first. A missing language that
 * has a version in review or rejected links to that version; a name links to its versions.
 */
export function CoverageAccountBlock({ coverage, accountLabel, labels }: CoverageAccountBlockProps) {
  const t = useTranslations("overview.coverage");
  const languageName = useLanguageName();
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const lang = (code: string) => languageName(code);
  const items = expanded ? coverage.items : coverage.items.slice(0, INITIAL);
  return (
    <article
      aria-labelledby={accountLabel ? headingId : undefined}
      aria-label={accountLabel ? undefined : t("title")}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-card p-4"
      data-testid="coverage-account"
      data-account={coverage.account}
      data-count={coverage.total}
    >
      {accountLabel && (
        <h3 id={headingId} className="text-sm font-semibold">
          {accountLabel}
        </h3>
      )}
      {coverage.languages.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noLanguages", { names: coverage.names })}</p>
      ) : (
        <>
          <div className="flex flex-col gap-1.5">
            <p className="text-xs font-medium text-muted-foreground">{t("languages")}</p>
            <ul className="flex flex-wrap gap-1.5">
              {coverage.languages.map((code) => (
                <li
                  key={code}
                  className="inline-flex items-center gap-1.5 rounded-md border border-border bg-muted/40 px-2 py-1 text-xs"
                >
                  <span className="font-medium">{lang(code)}</span>
                  <span className="text-muted-foreground">
                    {t("languageStats", {
                      approved: coverage.approvedNames[code] ?? 0,
                      missing: coverage.missingByLanguage[code] ?? 0,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <p className="text-sm">
            {coverage.total === 0
              ? t("complete", { names: coverage.names })
              : t("summary", { count: coverage.total, names: coverage.names })}
          </p>
          {coverage.total > 0 && (
            <div className="flex flex-col">
              <ul className="divide-y divide-border/70">
                {items.map((entry) => (
                  <li
                    key={entry.name}
                    className="grid min-w-0 gap-1.5 py-2.5 md:grid-cols-[minmax(0,16rem)_minmax(0,1fr)] md:gap-4"
                    data-testid="coverage-entry"
                  >
                    <Link
                      href={tableHref(coverage.account, { q: entry.name })}
                      className="min-w-0 self-start truncate font-mono text-[13px] font-medium hover:underline"
                    >
                      {entry.name}
                    </Link>
                    <div className="flex min-w-0 flex-col gap-1">
                      <ul className="flex min-w-0 flex-wrap items-start gap-1.5" aria-label={t("missing")}>
                        {entry.missing.map((m) => {
                          const text = m.status
                            ? t("missingWithStatus", {
                                language: lang(m.language),
                                status: labels.status(m.status),
                              })
                            : t("missingAbsent", { language: lang(m.language) });
                          return (
                            <li key={m.language}>
                              {m.id ? (
                                <Link
                                  href={templateHref(coverage.account, m.id)}
                                  className="inline-flex min-h-6 items-center rounded-full border border-warning/40 bg-warning-soft px-2 text-xs text-warning hover:underline"
                                >
                                  {text}
                                </Link>
                              ) : (
                                <span className="inline-flex min-h-6 items-center rounded-full border border-dashed border-input px-2 text-xs text-muted-foreground">
                                  {text}
                                </span>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                      <p className="text-xs text-muted-foreground">
                        {t("approvedIn", { languages: entry.approved.map(lang).join(", ") })}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
              <div className="flex flex-wrap items-center gap-3">
                {coverage.items.length > INITIAL && (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-expanded={expanded}
                    onClick={() => setExpanded((v) => !v)}
                  >
                    {expanded ? t("showLess") : t("showMore", { count: coverage.items.length - INITIAL })}
                  </Button>
                )}
                {coverage.total > coverage.items.length && (
                  <span className="text-xs text-muted-foreground">
                    {t("capped", { shown: coverage.items.length, total: coverage.total })}
                  </span>
                )}
              </div>
            </div>
          )}
        </>
      )}
    </article>
  );
}
