import { CSV_BOM, csvCell, csvFileName } from "@/lib/templates/csv";
import type { ChangeEvent } from "./change-event";
import { severityOf } from "./severity";

/**
 * The activity feed as CSV: one line per change, raw upstream values (so a spreadsheet can filter
 * them), instants in ISO 8601 UTC. Cells go through the templates CSV's `csvCell` (formula
 * injection, RFC 4180 quoting); UTF-8 with BOM for Excel.
 */
export const CHANGES_CSV_COLUMNS = [
  "observed_at",
  "window_start",
  "account",
  "template_id",
  "name",
  "language",
  "category",
  "kind",
  "severity",
  "from",
  "to",
] as const;
type Column = (typeof CHANGES_CSV_COLUMNS)[number];

const LABELS: Record<"en" | "zh-CN", Record<Column, string>> = {
  en: {
    observed_at: "Observed at (UTC)",
    window_start: "Not yet at (UTC)",
    account: "Account",
    template_id: "Template ID",
    name: "Name",
    language: "Language",
    category: "Category",
    kind: "Change",
    severity: "Severity",
    from: "From",
    to: "To",
  },
  "zh-CN": {
    observed_at: "发现时间 (UTC)",
    window_start: "此前未变时间 (UTC)",
    account: "账号",
    template_id: "模板 ID",
    name: "名称",
    language: "语言",
    category: "类别",
    kind: "变更",
    severity: "严重程度",
    from: "原值",
    to: "新值",
  },
};

const iso = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());

function cell(e: ChangeEvent, c: Column, accountLabels: Record<string, string>): string {
  switch (c) {
    case "observed_at":
      return iso(e.observedAt);
    case "window_start":
      return iso(e.previousObservedAt);
    case "account":
      return accountLabels[e.account] ?? e.account;
    case "template_id":
      return e.templateId;
    case "name":
      return e.name;
    case "language":
      return e.language;
    case "category":
      return e.category ?? "";
    case "kind":
      return e.kind;
    case "severity":
      return severityOf(e);
    case "from":
      return e.from ?? "";
    case "to":
      return e.to ?? "";
  }
}

export function changesToCsv(
  events: readonly ChangeEvent[],
  locale = "en",
  accountLabels: Record<string, string> = {},
): string {
  const labels = LABELS[locale.startsWith("zh") ? "zh-CN" : "en"];
  const lines = [CHANGES_CSV_COLUMNS.map((c) => csvCell(labels[c])).join(",")];
  for (const e of events)
    lines.push(CHANGES_CSV_COLUMNS.map((c) => csvCell(cell(e, c, accountLabels))).join(","));
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** `activity-<account>-<yyyy-mm-dd>.csv`, same slug rules as the templates export. */
export function changesCsvFileName(accountLabel: string, date: Date): string {
  return csvFileName(accountLabel, date).replace(/^templates-/, "activity-");
}
