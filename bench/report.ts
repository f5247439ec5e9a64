import { existsSync, readFileSync } from "node:fs";

/**
 * The bench's one row type and its table. Every measure module (bench/measure-*.ts) returns rows;
 * run.ts prints them in ONE table, writes them to bench/results/latest.json and compares them with
 * the previous results file, by `name`.
 *
 * A module other engineers add (e.g. bench/measure-instances.ts) exports
 *   `export async function measure(context: BenchContext): Promise<BenchRow[]>`
 * and is picked up by run.ts without further wiring.
 */
export interface BenchRow {
  /** Stable: the key results are compared by. */
  name: string;
  /** The figure compared with the target; null = not measurable in this build (printed "n/a"). */
  value: number | null;
  /** Unit of `value` and of `target.value`: "ms", "kB", "MB", "%", "×", "rows", "req/s". */
  unit: string;
  /** The same-run baseline it stands beside, as text (e.g. "trivial route 1,310 req/s"). */
  baseline?: string;
  target?: { op: "<=" | ">="; value: number };
  /** Why the value is n/a, or what else to know. */
  note?: string;
}

/** What a measure module gets: the running stack (signed in) and the repository root. */
export interface BenchContext {
  url: string;
  simUrl: string;
  /** `tc_session=…` of the demo user. */
  cookie: string;
  root: string;
  /** Pid of the console's server process (its RSS is read through /proc). */
  webPid: number | undefined;
}

export interface BenchModule {
  measure(context: BenchContext): Promise<BenchRow[]>;
}

export interface BenchResults {
  date: string;
  node: string;
  commit: string | null;
  rows: BenchRow[];
  /** Raw numbers of each module, for whoever digs deeper. */
  details: Record<string, unknown>;
}

export function passes(row: BenchRow): boolean | null {
  if (row.value === null || !row.target) return null;
  return row.target.op === "<=" ? row.value <= row.target.value : row.value >= row.target.value;
}

function fmt(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const n = value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit === "%" || unit === "×" ? `${n}${unit === "%" ? " %" : "×"}` : `${n} ${unit}`;
}

export function formatValue(row: Pick<BenchRow, "value" | "unit">): string {
  return row.value === null ? "n/a" : fmt(row.value, row.unit);
}

function formatTarget(row: BenchRow): string {
  if (!row.target) return "";
  const mark = passes(row);
  const sign = mark === null ? "·" : mark ? "✓" : "✗";
  return `${sign} ${row.target.op === "<=" ? "≤" : "≥"} ${fmt(row.target.value, row.unit)}`;
}

/**
 * Change since the previous run, in the direction that matters: a row with a `≤` target is better
 * when it goes down, a `≥` one when it goes up; rows without a target are only reported as changed.
 */
export function compareRow(row: BenchRow, previous: BenchRow | undefined): string {
  if (!previous || previous.value === null || row.value === null) return previous ? "" : "new";
  const delta = row.value - previous.value;
  if (delta === 0) return "=";
  const pct =
    previous.value === 0 ? "" : ` (${delta > 0 ? "+" : ""}${((delta / previous.value) * 100).toFixed(0)} %)`;
  const change = `${delta > 0 ? "+" : ""}${fmt(Number(delta.toPrecision(3)), row.unit)}${pct}`;
  if (!row.target) return change;
  const better = row.target.op === "<=" ? delta < 0 : delta > 0;
  return `${better ? "better" : "worse"} ${change}`;
}

export function printTable(rows: readonly BenchRow[], previous: BenchResults | null): void {
  const before = new Map(previous?.rows.map((r) => [r.name, r]) ?? []);
  const table = rows.map((row) => ({
    what: row.name,
    value: formatValue(row),
    baseline: row.baseline ?? "",
    target: formatTarget(row),
    ...(previous ? { "vs previous": compareRow(row, before.get(row.name)) } : {}),
    ...(row.note ? { note: row.note } : {}),
  }));
  console.table(table);
  const failed = rows.filter((r) => passes(r) === false).map((r) => r.name);
  const missing = rows.filter((r) => r.value === null).map((r) => r.name);
  console.log(
    `${rows.length} figures · ${failed.length} over target${failed.length ? ` (${failed.join("; ")})` : ""}` +
      ` · ${missing.length} n/a`,
  );
  if (previous)
    console.log(`compared with the run of ${previous.date} (${previous.commit ?? "unknown commit"})`);
}

export function readResults(file: string): BenchResults | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<BenchResults>;
    return Array.isArray(parsed.rows) ? (parsed as BenchResults) : null;
  } catch {
    return null;
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
