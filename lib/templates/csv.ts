import type { TemplateListItem } from "./list-contract";

/**
 * CSV export of list items: UTF-8 with a BOM (Excel otherwise reads UTF-8 as the ANSI code page and
 * mangles Chinese and Arabic), RFC 4180 quoting, CRLF line ends, and protection against CSV formula
 * injection: template text is untrusted, and a cell starting with = + - @ TAB or CR would run as a
 * formula in a spreadsheet, so it gets a leading apostrophe (OWASP's recommendation).
 */

export const CSV_COLUMNS = [
  "account",
  "id",
  "name",
  "language",
  "category",
  "status",
  "quality",
  "rejected_reason",
  "header",
  "buttons",
  "body",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A list item, optionally with the full body text (else the excerpt is exported). */
export type CsvItem = TemplateListItem & { body?: string };

export interface CsvOptions {
  /** account id → display label for the account column (default: the id). */
  accountLabels?: Readonly<Record<string, string>>;
  /** Header labels overriding the locale's. */
  labels?: Partial<Record<CsvColumn, string>>;
}

const LABELS: Record<"en" | "zh-CN", Record<CsvColumn, string>> = {
  en: {
    account: "Account",
    id: "Template ID",
    name: "Name",
    language: "Language",
    category: "Category",
    status: "Status",
    quality: "Quality",
    rejected_reason: "Rejection reason",
    header: "Header",
    buttons: "Buttons",
    body: "Body",
  },
  "zh-CN": {
    account: "账号",
    id: "模板 ID",
    name: "名称",
    language: "语言",
    category: "类别",
    status: "状态",
    quality: "质量",
    rejected_reason: "拒绝原因",
    header: "标题",
    buttons: "按钮",
    body: "正文",
  },
};

export const CSV_BOM = "\uFEFF";
const CRLF = "\r\n";
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** One cell: neutralized against formula injection, then quoted when RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = value.length > 0 && FORMULA_START.has(value[0] as string) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cellValue(item: CsvItem, column: CsvColumn, options: CsvOptions): string {
  switch (column) {
    case "account":
      return options.accountLabels?.[item.account] ?? item.account;
    case "id":
      return item.id;
    case "name":
      return item.name;
    case "language":
      return item.language;
    case "category":
      return item.category;
    case "status":
      return item.status;
    case "quality":
      return item.quality ?? "";
    case "rejected_reason":
      return item.rejectedReason ?? "";
    case "header":
      return item.headerFormat ?? "";
    case "buttons":
      return item.buttons.join(", ");
    case "body":
      return item.body ?? item.bodyExcerpt;
  }
}

/** The whole file as a string, BOM first, one CRLF-terminated line per item after the header. */
export function toCsv(
  items: readonly CsvItem[],
  columns: readonly CsvColumn[] = CSV_COLUMNS,
  locale = "en",
  options: CsvOptions = {},
): string {
  const labels = { ...LABELS[locale.startsWith("zh") ? "zh-CN" : "en"], ...options.labels };
  const lines = [columns.map((c) => csvCell(labels[c])).join(",")];
  for (const item of items) lines.push(columns.map((c) => csvCell(cellValue(item, c, options))).join(","));
  return CSV_BOM + lines.join(CRLF) + CRLF;
}

/**
 * `templates-<account>-<yyyy-mm-dd>.csv` with only [a-z0-9-] in the account part (accents dropped,
 * anything else a dash, at most 40 characters); the account part is left out when nothing safe
 * remains (e.g. a label written only in Chinese). The date is the calendar day in `timeZone`.
 */
export function csvFileName(accountLabel: string, date: Date, timeZone = "UTC"): string {
  const slug = accountLabel
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug ? `templates-${slug}-${isoDay(date, timeZone)}.csv` : `templates-${isoDay(date, timeZone)}.csv`;
}

/** yyyy-mm-dd of `date` in `timeZone`, built from parts (locale date patterns differ across ICU versions). */
function isoDay(date: Date, timeZone: string): string {
  if (Number.isNaN(date.getTime())) return "unknown-date";
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
